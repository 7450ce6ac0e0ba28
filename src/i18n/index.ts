/**
 * The interface's words, in the reader's language. Every phrase the page, the stage, the figures and
 * the CSV show is a key of the English catalogue (`en.ts`), the one list of keys; every other
 * language's catalogue has each of them (a type error and a build error otherwise). A message may
 * hold `{holes}` for values and, for a count, one text per plural category (`Intl.PluralRules`) with
 * the count in `{n}`.
 *
 * The language is chosen once, before anything is drawn (`main.ts`: `?lang=`, then the browser's
 * languages) and does not change while the page lives: the switch in the toolbar loads the page
 * again in the other language (`switch.ts`). So `t` is a plain function; the model is the same in
 * every language, and its words are put on in the reader's language where they are shown (words.ts).
 */
import en from './en.ts';
import { LANGUAGES, type Language } from './languages.ts';

export type Catalogue = typeof en;
export type Key = keyof Catalogue;
/** A message: a text, or one text per plural category of `{n}` (`other` always). */
export type Message = string | Plural;
export type Plural = { readonly other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
/**
 * What another language's catalogue must be: every key of the English one; and the data's own words
 * in that language (`data.…` keys: `lib/data/localize.ts`, whose `dataKeys` lists the ones the data needs).
 */
export type Translation = { readonly [K in Key]: Catalogue[K] extends string ? string : Plural } & { readonly [key: `data.${string}`]: string };

type Holes<S> = S extends `${string}{${infer H}}${infer R}` ? H | Holes<R> : never;
type HolesOf<M> = M extends string ? Holes<M> : Holes<M[keyof M]> | 'n';
/** The values a key's message asks for, by hole. */
export type Values<K extends Key> = Record<HolesOf<Catalogue[K]>, string | number>;
type Args<K extends Key> = [HolesOf<Catalogue[K]>] extends [never] ? [] : [values: Values<K>];

let language: Language = LANGUAGES[0];
/**
 * The English words there are so far: in the page's build, `en.ts` holds the first view's words only,
 * and the words of the code loaded later come with it (`split.ts`, `addEnglish`). Every other
 * language's catalogue is loaded whole.
 */
const english: Record<string, Message> = { ...en };
let messages: Record<string, Message> = english;

/** Adds English words that came with code loaded later (the build's split of `en.ts`, `split.ts`). */
export function addEnglish(words: Readonly<Record<string, Message>>): void {
  Object.assign(english, words);
}

/** Words of the page's language that come with the code using them: the data editor's (`plugin.ts`). */
export function addWords(words: Readonly<Record<string, Message>>): void {
  messages = { ...messages, ...words };
}

/**
 * The platform's formatters for the page's language, each made when first asked for: the first one a
 * page makes loads the browser's locale data, which `FORMATTERS` lets the page do in a task of its own
 * (`main.ts`) rather than inside the task that first needs it.
 */
let made: { plurals?: Intl.PluralRules; numbers?: Intl.NumberFormat; lists?: Intl.ListFormat; alternatives?: Intl.ListFormat } = {};
const plurals = () => (made.plurals ??= new Intl.PluralRules(language.locale));
const numbers = () => (made.numbers ??= new Intl.NumberFormat(language.locale, { useGrouping: false }));
const lists = () => (made.lists ??= new Intl.ListFormat(language.locale, { type: 'conjunction' }));
const alternatives = () => (made.alternatives ??= new Intl.ListFormat(language.locale, { type: 'disjunction' }));
/** Makes each of the formatters `t` and the lists use (made once; calling again costs nothing). */
export const FORMATTERS: readonly (() => unknown)[] = [numbers, plurals, lists, alternatives];

/** Sets the language and its catalogue; called once, before the model is built and anything drawn. */
export function setLanguage(next: Language, catalogue: Translation): void {
  language = next;
  messages = catalogue;
  made = {};
}

/** The language the page is in. */
export const currentLanguage = (): Language => language;

/** The current catalogue (for the data's own words: `lib/model/words.ts`). */
export const currentMessages = (): Readonly<Record<string, Message>> => messages;

/** A key's message in the current language, its holes filled: `t('members.count', { n: 11 })`. */
export function t<K extends Key>(key: K, ...[values]: Args<K>): string {
  const message: Message = messages[key] ?? english[key]!;
  const vars = values as Record<string, string | number> | undefined;
  const text = typeof message === 'string' ? message : ((message as Plural)[plurals().select(Number(vars?.n))] ?? message.other);
  return vars ? fill(text, vars, (n) => numbers().format(n)) : text;
}

/**
 * Fills the holes; a value that ends a sentence's full stop itself ("jun 2019.") takes the message's.
 * It stands alone (no imports, no closures): an embed's page fills its caption's date with it too, its
 * source written into the page (`build/embed-pages.ts`).
 */
export function fill(text: string, vars: Readonly<Record<string, string | number>>, formatNumber: (n: number) => string): string {
  return text.replace(/\{(\w+)\}(\.?)/g, (hole, name: string, stop: string) => {
    const value = vars[name];
    if (value === undefined) return hole;
    const filled = typeof value === 'number' ? formatNumber(value) : value;
    return filled.endsWith('.') ? filled : filled + stop;
  });
}

/** "a, b and c" in the current language. */
export const listAnd = (items: readonly string[]): string => lists().format(items);
/** "a, b or c" in the current language. */
export const listOr = (items: readonly string[]): string => alternatives().format(items);
