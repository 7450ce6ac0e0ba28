/**
 * The reverse index of the sources: for every source, the facts that rest on it. It walks the
 * whole dataset and collects every object that carries a `sources` array, so a fact added to any
 * file later is indexed without a change here. Pure; nothing here mutates the dataset.
 */
import type { Dataset } from '../lib/data/schema';
import type { Selection } from '../lib/clock/clock.svelte';

/** The view where a fact is shown, by the file it comes from. */
export type View = 'map' | 'timeline' | 'rotation' | 'sources';

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

/** By the dataset's field; a file added later is listed under 'sources' until it is named here. */
const FILE_VIEWS: Readonly<Record<string, View>> = {
  sources: 'sources',
  themes: 'timeline',
  members: 'map',
  offices: 'map',
  meetings: 'timeline',
  secretariat: 'rotation',
  board: 'rotation',
  relatedEvents: 'timeline',
  osceStates: 'map',
  disagreements: 'sources',
  cartography: 'map',
};

const FILE_WORDS: Readonly<Record<string, string>> = {
  sources: 'Sources',
  themes: 'Themes',
  members: 'Members',
  offices: 'Prosecution offices',
  meetings: 'Meetings',
  secretariat: 'Secretariat',
  board: 'Executive Board',
  relatedEvents: 'Related events',
  osceStates: 'OSCE participating States',
  disagreements: 'Disagreements',
  cartography: 'Map',
};

/** Field names in words; a field not listed here is shown by its own name. */
const FIELD_WORDS: Record<string, string> = {
  when: 'date',
  place: 'place',
  originalHost: 'original host',
  organisers: 'organisers',
  participants: 'participants',
  topics: 'topic',
  outcomes: 'outcome',
  notes: 'note',
  joined: 'joined',
  intentions: 'intention to join',
  created: 'created',
  from: 'start',
  to: 'end',
  established: 'established',
  rule: 'composition rule',
  duties: 'duties',
  members: 'member',
  count: 'count',
  named: 'office',
  readings: 'reading',
  terms: 'chair',
  inferred: 'inferred',
  speakers: 'speaker',
  quotes: 'words',
  objectives: 'objective',
  goals: 'goal',
  aims: 'aim',
  support: 'support',
  also: 'also named',
  attendance: 'attendance',
  summary: 'summary',
  fieldOperations: 'field operations',
};

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The name an item goes by: its title, name, subject or office, else its country or id. */
function nameOf(node: Node): string | null {
  if (node.kind === 'city' || node.kind === 'online') return null; // a place: its text says it
  for (const key of ['title', 'name', 'subject', 'office']) if (typeof node[key] === 'string') return node[key];
  for (const key of ['country', 'id']) if (typeof node[key] === 'string') return node[key];
  return null;
}

function textOf(node: Node, names: ReadonlyMap<string, string>): string {
  if (node.kind === 'city') return `${String(node.city)}, ${names.get(String(node.country)) ?? String(node.country)}`;
  if (node.kind === 'online') return 'Online';
  for (const key of ['text', 'title']) if (typeof node[key] === 'string') return node[key];
  if (typeof node.reason === 'string') return `Inferred: ${node.reason}`;
  if (isNode(node.inferred) && typeof node.inferred.reason === 'string') return `Inferred: ${node.inferred.reason}`;
  if (Array.isArray(node.names)) return node.names.join('; ');
  return '';
}

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
  const names = new Map<string, string>([...data.osceStates.states, ...data.members].map((m) => [m.id, m.name]));

  const walk = (value: unknown, file: string, path: string, about: readonly string[], selection: Selection | null): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, file, `${path}[${i}]`, about, selection));
      return;
    }
    if (!isNode(value)) return;
    const name = nameOf(value);
    const here = name ? [...about, names.get(name) ?? name] : about;
    const selected = selectionAt(path, value) ?? selection;
    if (Array.isArray(value.sources)) {
      facts.push({ path, about: here.join(' › '), text: textOf(value, names), sources: value.sources.map(String), view: FILE_VIEWS[file] ?? 'sources', selection: selected });
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'sources' && typeof child === 'object' && child !== null) walk(child, file, `${path}.${key}`, [...here, FIELD_WORDS[key] ?? key], selected);
    }
  };

  for (const [file, value] of Object.entries(data)) {
    if (file !== 'sources') walk(value, file, file, [FILE_WORDS[file] ?? file], null);
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
