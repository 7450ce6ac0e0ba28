/**
 * The reverse index of the sources: for every source, the facts that rest on it. It walks the
 * whole dataset and collects every object that carries a `sources` array, so a fact added to any
 * file later is indexed without a change here. Pure; nothing here mutates the dataset.
 */
import type { Dataset } from '../lib/data/schema';
import type { Selection } from '../lib/clock/clock.svelte';
import { t } from '../i18n';
import { cityName, dataText, kosovoName, meetingTitle, memberName, officeName, relatedTitle, termOffice } from '../lib/model';
import { VIEWS, type ViewId } from '../views';

/** The view where a fact is shown, by the file it comes from: a view's (`src/views/`), or the sources list. */
export type View = ViewId | 'sources';

export interface Fact {
  /** Where in the dataset it sits, e.g. "meetings[4].topics[1]": unique, a stable key. */
  readonly path: string;
  /** What it is about, in words: "Fifth meeting › topic". */
  readonly about: string;
  /** The fact's own words (a quote from the source where the data has one). */
  readonly text: string;
  readonly sources: readonly string[];
  readonly view: View;
  /** What to select on the clock to show it, where the view can. */
  readonly selection: Selection | null;
}

/** By the dataset's field, as each view says which files it shows; any other file (the sources, the disagreements, a file added later) is listed under 'sources'. */
const FILE_VIEWS: ReadonlyMap<string, View> = new Map(VIEWS.flatMap((view) => view.sources.files.map((file) => [file, view.id] as const)));

/** The files' names in words (keys of the catalogue). */
const FILE_WORDS = {
  sources: 'word.sources',
  themes: 'sources.file.themes',
  members: 'sources.file.members',
  offices: 'sources.file.offices',
  meetings: 'sources.file.meetings',
  secretariat: 'word.secretariat',
  board: 'word.board',
  relatedEvents: 'sources.file.relatedEvents',
  osceStates: 'sources.file.osceStates',
  disagreements: 'sources.file.disagreements',
  cartography: 'sources.file.cartography',
} as const;

/** Field names in words (keys of the catalogue); a field not listed here is shown by its own name. */
const FIELD_WORDS = {
  when: 'sources.field.when',
  place: 'sources.field.place',
  originalHost: 'sources.field.originalHost',
  organisers: 'sources.field.organisers',
  participants: 'sources.field.participants',
  topics: 'sources.field.topics',
  outcomes: 'sources.field.outcomes',
  notes: 'sources.field.notes',
  joined: 'sources.field.joined',
  intentions: 'sources.field.intentions',
  created: 'sources.field.created',
  from: 'sources.field.from',
  to: 'sources.field.to',
  established: 'sources.field.established',
  rule: 'sources.field.rule',
  duties: 'sources.field.duties',
  members: 'sources.field.members',
  count: 'sources.field.count',
  named: 'sources.field.named',
  readings: 'sources.field.readings',
  terms: 'sources.field.terms',
  inferred: 'sources.field.inferred',
  speakers: 'sources.field.speakers',
  quotes: 'sources.field.quotes',
  reported: 'sources.field.reported',
  objectives: 'sources.field.objectives',
  goals: 'sources.field.goals',
  aims: 'sources.field.aims',
  outlook: 'sources.field.outlook',
  name: 'sources.field.name',
  support: 'sources.field.support',
  also: 'sources.field.also',
  attendance: 'sources.field.attendance',
  summary: 'sources.field.summary',
  fieldOperations: 'sources.field.fieldOperations',
} as const;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A field of an item in the page's language where it is one of the data's own words (words.ts): a
 * meeting's or related event's title, a country's or an office's name, a disagreement's subject, a
 * term's office; any other string as the data writes it (a speaker's name, a quote).
 */
function wordOf(node: Node, key: string, file: string, path = ''): string {
  const value = String(node[key]);
  if (key === 'text' && path === 'cartography.kosovo.name') return kosovoName(value);
  const id = String(node.id);
  if (key === 'title' && file === 'meetings') return meetingTitle({ id, title: value });
  if (key === 'title' && file === 'relatedEvents') return relatedTitle({ id, title: value });
  if (key === 'name' && (file === 'members' || file === 'osceStates')) return memberName({ id, name: value });
  if (key === 'name' && file === 'offices') return officeName({ id, name: value });
  if (key === 'office' && file === 'secretariat') return termOffice({ id, office: value }) ?? value;
  if (key === 'subject') return dataText(value);
  return value;
}

/** The name an item goes by: its title, name, subject or office, else its country or id. */
function nameOf(node: Node, file: string): string | null {
  if (node.kind === 'city' || node.kind === 'online') return null; // a place: its text says it
  for (const key of ['title', 'name', 'subject', 'office']) if (typeof node[key] === 'string') return wordOf(node, key, file);
  for (const key of ['country', 'id']) if (typeof node[key] === 'string') return node[key];
  return null;
}

/** A file's or a field's name in words; one not listed is shown by its own name. */
const fileWords = (file: string): string => (Object.hasOwn(FILE_WORDS, file) ? t(FILE_WORDS[file as keyof typeof FILE_WORDS]) : file);
const fieldWords = (key: string): string => (Object.hasOwn(FIELD_WORDS, key) ? t(FIELD_WORDS[key as keyof typeof FIELD_WORDS]) : key);

/** A fact's text, and whether it is the data's own words (in English) rather than words written here. */
function textOf(node: Node, names: ReadonlyMap<string, string>, file: string, path: string): { text: string; verbatim: boolean } {
  if (node.kind === 'city') return { text: `${cityName(String(node.city))}, ${names.get(String(node.country)) ?? String(node.country)}`, verbatim: false };
  if (node.kind === 'online') return { text: t('word.online'), verbatim: false };
  for (const key of ['text', 'title']) if (typeof node[key] === 'string') return { text: wordOf(node, key, file, path), verbatim: true };
  if (typeof node.reason === 'string') return { text: t('sources.inferred', { reason: dataText(node.reason) }), verbatim: false };
  if (isNode(node.inferred) && typeof node.inferred.reason === 'string') return { text: t('sources.inferred', { reason: dataText(node.inferred.reason) }), verbatim: false };
  if (Array.isArray(node.names)) return { text: node.names.join('; '), verbatim: true };
  return { text: '', verbatim: false };
}

/** The facts whose text is the data's own words (quotes, titles, names: English on every page). */
const verbatim = new WeakSet<Fact>();
/** Whether a fact's text is the data's own words, to be marked as English. */
export const isVerbatim = (fact: Fact): boolean => verbatim.has(fact);

/** What selecting shows the item at `path`: a meeting, a member or a Secretariat term. */
function selectionAt(path: string, node: Node): Selection | null {
  if (typeof node.id !== 'string') return null;
  if (/^meetings\[\d+\]$/.test(path)) return { kind: 'meeting', id: node.id };
  if (/^members\[\d+\]$/.test(path)) return { kind: 'member', id: node.id };
  if (/^secretariat\.terms\[\d+\]$/.test(path)) return { kind: 'term', id: node.id };
  return null;
}

/** Every fact of the dataset (every object with a `sources` list), in the order of the files. */
export function allFacts(data: Dataset): Fact[] {
  const facts: Fact[] = [];
  const names = new Map<string, string>([...data.osceStates.states, ...data.members].map((m) => [m.id, memberName(m)]));

  const walk = (value: unknown, file: string, path: string, about: readonly string[], selection: Selection | null): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, file, `${path}[${i}]`, about, selection));
      return;
    }
    if (!isNode(value)) return;
    const name = nameOf(value, file);
    const here = name ? [...about, names.get(name) ?? name] : about;
    const selected = selectionAt(path, value) ?? selection;
    if (Array.isArray(value.sources)) {
      const { text, verbatim: own } = textOf(value, names, file, path);
      const fact: Fact = { path, about: here.join(' › '), text, sources: value.sources.map(String), view: FILE_VIEWS.get(file) ?? 'sources', selection: selected };
      if (own) verbatim.add(fact);
      facts.push(fact);
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'sources' && typeof child === 'object' && child !== null) walk(child, file, `${path}.${key}`, [...here, fieldWords(key)], selected);
    }
  };

  for (const [file, value] of Object.entries(data)) {
    if (file !== 'sources') walk(value, file, file, [fileWords(file)], null);
  }
  return facts;
}

/** For every source id of sources.json (in its order), the facts that name it. */
export function factsBySource(data: Dataset): Map<string, Fact[]> {
  const index = new Map<string, Fact[]>(data.sources.map((s) => [s.id, []]));
  for (const fact of allFacts(data)) {
    for (const id of new Set(fact.sources)) index.get(id)?.push(fact);
  }
  return index;
}
