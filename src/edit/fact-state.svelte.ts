/**
 * A kind of fact's form, started: the fact corrected (as it was when the form opened) or a new one, the
 * form's fields, the fact they make, its place in its list, the rules it breaks (`checkFact`, live) and
 * the `Checked` that shows them beside the fields. One for every kind of fact kept in a list.
 */
import type { Draft } from './draft.svelte';
import type { Json } from '../lib/data/sources-check';
import { Checked } from './checked.svelte';
import { optionsOf, type Options } from './options';
import { checkFact, itemsOf, type FieldProblem, type Home } from './rules';
import type { DataFiles } from './files';

/** Every form's props: the draft, the fact corrected (its place in its list; none for a new one), and what to do once it is saved or closed. */
export interface FormProps {
  draft: Draft;
  index?: number;
  /** Called once the fact is saved (with its name), or with null when the form is closed. */
  done: (saved: string | null) => void;
}

/** How a kind of fact is made from its form. */
export interface FactKind<F> {
  /** The form of a fact already in the data, to correct it. */
  formOf: (item: Json) => F;
  /** The form of a new fact. */
  empty: () => F;
  /** The fact the form makes, over the fact it corrects (`initial`); `taken`: the ids the others of its kind use. */
  of: (form: F, context: { initial: Json | undefined; taken: ReadonlySet<string>; draft: Draft }) => Json;
  /** The form's field for a path inside the fact. */
  field: (keys: readonly string[]) => string;
  /** Rules of the form's own, checked before the data's (a field the fact cannot even hold yet). */
  own?: (form: F) => FieldProblem[];
  /** The rules the fact breaks, where its kind checks more than `checkFact` does (a meeting's new city). */
  check?: (files: DataFiles, item: Json, at: number, form: F) => FieldProblem[];
}

export interface FactFormState<F> {
  /** The fact corrected, as it was when the form opened; undefined for a new one. */
  readonly initial: Json | undefined;
  /** The form's fields (state: typing into them changes the fact). */
  readonly form: F;
  /** The facts of its kind in the draft. */
  readonly list: Json[];
  /** Its place in its list (the end, for a new one). */
  readonly at: number;
  /** The fact the form makes. */
  readonly item: Json;
  readonly checked: Checked;
  /** The choices the form offers (the draft's sources, meetings, themes and countries). */
  readonly options: Options;
}

const idOf = (item: Json): string | undefined => ((item as { id?: unknown }).id as string | undefined) ?? undefined;

/**
 * The form state of a fact of `home`'s list: the one at `index` corrected, or a new one (`props`: the
 * form's draft and index, read as the form's props are).
 */
export function factFormState<F extends object>(props: () => { draft: Draft; index?: number | undefined }, home: Home, kind: FactKind<F>): FactFormState<F> {
  const draft = $derived(props().draft);
  const index = $derived(props().index);
  // The fact as it was when the form opened (read once: the form corrects that one).
  const opened = props();
  const initial = opened.index === undefined ? undefined : itemsOf(opened.draft.value(home.file), home)[opened.index];
  const form = $state(initial ? kind.formOf(initial) : kind.empty()) as F;
  const list = $derived(itemsOf(draft.value(home.file), home));
  const at = $derived(index ?? list.length);
  const taken = $derived(new Set(list.map(idOf).filter((id): id is string => typeof id === 'string')));
  const item = $derived(kind.of(form, { initial, taken, draft }));
  const options = $derived(optionsOf(draft));
  const problems = $derived.by(() => {
    const own = kind.own?.(form) ?? [];
    const owned = new Set(own.map((p) => p.field));
    const data = kind.check ? kind.check(draft.files, item, at, form) : checkFact(draft.files, home, item, at, kind.field);
    return [...own, ...data.filter((p) => !owned.has(p.field))];
  });
  return {
    initial,
    form,
    get list() {
      return list;
    },
    get at() {
      return at;
    },
    get item() {
      return item;
    },
    checked: new Checked(() => problems),
    get options() {
      return options;
    },
  };
}
