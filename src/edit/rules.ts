/**
 * The rules a fact must keep before the editor saves it: the build's and the test's own code, run on
 * the draft with the fact in it. The schema and the links between files (`lib/data/validate.ts`: ids,
 * numbers, source ids, country codes), and the data against its source texts (`lib/data/sources-check.ts`:
 * every quote verbatim in each source it cites, with the nearest passage where it is not; no date more
 * precise than its source). Each problem is put beside the field that caused it, with the rule in words
 * an editor understands. Pure: nothing given is changed.
 */
import { checkIntegrity, fieldOf, validateValues } from '../lib/data/validate';
import { DataError, type DataIssue } from '../lib/data/issues';
import { FILE_NAMES, type Dataset, type FileName } from '../lib/data/schema';
import { checkAgainstSources, type Json, type Problem, type SourceText } from '../lib/data/sources-check';
import { jsonPath, textPath, type DataFiles } from './files';
import { t } from '../i18n';

/** A rule broken by a field of the form. */
export interface FieldProblem {
  /** The form's field it is shown beside ("number", "date", "topic-0" …), or "form" for the whole fact. */
  readonly field: string;
  /** The rule, in words. */
  readonly rule: string;
  /** What is wrong, as the check says it. */
  readonly message: string;
  /** Where a quote is not found: the source's nearest passage, and where they part. */
  readonly nearest?: string;
  /** The message is the build's own check's (`lib/data`), in English whatever the page's language: marked lang="en". */
  readonly english?: true;
}

/** The rules, in words, in the page's language (read when a problem is found: the language is set by then). */
export const RULES = {
  get quote() { return t('edit.rule.quote'); },
  get date() { return t('edit.rule.date'); },
  get number() { return t('edit.rule.number'); },
  get source() { return t('edit.rule.source'); },
  get link() { return t('edit.rule.link'); },
  get field() { return t('edit.rule.field'); },
  get markup() { return t('edit.rule.markup'); },
  get publisher() { return t('edit.rule.publisher'); },
  get duplicate() { return t('edit.rule.duplicate'); },
  get unique() { return t('edit.rule.unique'); },
  get reading() { return t('edit.rule.reading'); },
  get cited() { return t('edit.rule.cited'); },
};

/** Every JSON file of the draft, parsed. */
export function valuesOf(files: DataFiles): Record<FileName, Json> {
  return Object.fromEntries(FILE_NAMES.map((f) => [f, JSON.parse(files[jsonPath(f)] ?? 'null') as Json])) as Record<FileName, Json>;
}

/** The texts of the sources that sources.json names, by source id (a source whose text is missing is left out). */
export function sourceTexts(files: DataFiles, list: Json = valuesOf(files)['sources.json']): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  for (const s of Array.isArray(list) ? list : []) {
    const entry = s as { id?: unknown; file?: unknown };
    if (typeof entry.id !== 'string' || typeof entry.file !== 'string') continue;
    const text = files[textPath(entry.file)];
    if (text !== undefined) out.set(entry.id, { id: entry.id, file: entry.file, text });
  }
  return out;
}

/** The dataset the draft's files make, or the issues that stop it. */
export function validated(values: Readonly<Record<FileName, Json>>): { data: Dataset; issues: [] } | { data: null; issues: readonly DataIssue[] } {
  try {
    return { data: validateValues(values), issues: [] };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // The build checks the links between files once every file fits its schema; the editor checks them
    // at once too (a number used twice is said while a field is still empty), where the values allow.
    let links: readonly DataIssue[] = [];
    try {
      links = checkIntegrity(Object.fromEntries(FILE_NAMES.map((f) => [fieldOf(f), values[f]])) as unknown as Dataset);
    } catch {
      // A value too far from its schema to follow its links: its schema's issues say why.
    }
    const seen = new Set(error.issues.map((i) => `${i.file} ${i.path} ${i.rule}`));
    return { data: null, issues: [...error.issues, ...links.filter((i) => !seen.has(`${i.file} ${i.path} ${i.rule}`))] };
  }
}

/** "$[3].when.start" → ["when", "start"] when it is under item 3 (or under a path such as "$.terms[3]"), else null. */
function under(path: string, at: number | string): string[] | null {
  const prefix = typeof at === 'number' ? `$[${at}]` : at;
  if (prefix === '$') return path === '$' || path.startsWith('$.') || path.startsWith('$[') ? [...path.slice(1).matchAll(/\.([\w$]+)|\[(\d+)\]/g)].map((m) => m[1] ?? m[2]!) : null;
  if (path !== prefix && !path.startsWith(`${prefix}.`) && !path.startsWith(`${prefix}[`)) return null;
  return [...path.slice(prefix.length).matchAll(/\.([\w$]+)|\[(\d+)\]/g)].map((m) => m[1] ?? m[2]!);
}

/** Words from where a quote and its source part, with an ellipsis where the quote or the paragraph goes on after them. */
function goesOn(words: string, whole: string): string {
  return whole.trimEnd().endsWith(words.trimEnd()) ? words : `${words}…`;
}

/**
 * A sources-check message about a quote not found, in words an editor understands: which source (by
 * its title) lacks the words, and the source's closest paragraph, with where the words part from it
 * ('…" is not in 001_….txt (osce-overview); nearest: line 9: "…"; the first 40 characters match, then
 * the quote reads "…" where the source reads "…"'). Other messages are kept as the check words them.
 */
export function withNearest(message: string, titles: ReadonlyMap<string, string> = new Map(), meetings: ReadonlyMap<string, string> = new Map()): { message: string; nearest?: string; english?: true } {
  const at = message.indexOf('; nearest: ');
  if (at < 0) return { message: datesInWords(message, titles, meetings), english: true };
  const head = /^(".*") is not in \S+ \(([^)]+)\)$/s.exec(message.slice(0, at));
  const title = head ? `“${titles.get(head[2]!) ?? head[2]}”` : t('edit.msg.theSource');
  const said = head ? t('edit.msg.notFound', { quote: head[1]!.slice(1, -1), title }) : message.slice(0, at);
  const near = /^line (\d+): "(.*?)"(?:; the first (\d+) characters match, then the quote reads "(.*)" where the source reads "(.*)")?$/s.exec(message.slice(at + '; nearest: '.length));
  if (!near) return { message: said, nearest: t('edit.msg.noParagraph', { title }) };
  const [, line, passage, matched, quoteReads, sourceReads] = near;
  // The last words the quote and the source share, where the quote is shown whole.
  // (The check cuts a long quote at 80 characters, with an ellipsis.)
  const quote = head ? head[1]!.slice(1, -1).replace(/…$/, '') : '';
  const shared = matched !== undefined && Number(matched) <= quote.length ? quote.slice(0, Number(matched)).trim().split(' ').slice(-3).join(' ') : '';
  const parted = matched === undefined ? null : { quote: goesOn(quoteReads!, quote), source: goesOn(sourceReads!, passage!) };
  const parting = !parted ? t('edit.msg.firstWord') : shared ? t('edit.msg.matchAsFar', { shared, ...parted }) : t('edit.msg.matchFor', { n: Number(matched), ...parted });
  return { message: said, nearest: t('edit.msg.closest', { line: line!, title, passage: passage!, parting }) };
}

/**
 * A sources-check message about a date, with its sources named by their titles and its meeting by its
 * title, as the quote's message names them ('"2018-05" is given to the month, but in osce-overview …
 * (and meeting-4 does not lie …)' → '… but in “The PCOCP network (OSCE overview)” … (and “Fourth
 * meeting” does not lie …)'). Other messages are kept as the check words them.
 */
export function datesInWords(message: string, titles: ReadonlyMap<string, string>, meetings: ReadonlyMap<string, string> = new Map()): string {
  const named = (ids: string) => ids.split(', ').map((id) => (titles.has(id) ? `“${titles.get(id)}”` : id)).join(', ');
  return message
    .replace(/^(".*" is given to the \w+, but in )(.+?)( the quote's paragraph)/s, (_, head: string, ids: string, tail: string) => `${head}${named(ids)}${tail}`)
    .replace(/^(".*" is inferred, but none of the sources it combines \()(.+?)(\) gives it)/s, (_, head: string, ids: string, tail: string) => `${head}${named(ids)}${tail}`)
    .replace(/ \(and ([a-z0-9-]+) does not lie wholly within it\)/, (whole, id: string) => (meetings.has(id) ? ` (and “${meetings.get(id)}” does not lie wholly within it)` : whole));
}

/** Source titles by id, to name a source in a message. */
const titlesOf = (files: DataFiles): Map<string, string> =>
  new Map(((valuesOf(files)['sources.json'] as { id: string; title: string }[] | null) ?? []).map((s) => [s.id, s.title]));

/** Meeting titles by id ("meeting-4" → "Fourth meeting"), to name a meeting in a message. */
const meetingTitlesOf = (files: DataFiles): Map<string, string> =>
  new Map(((valuesOf(files)['meetings.json'] as { id: string; title: string }[] | null) ?? []).map((m) => [m.id, m.title]));

function ruleOfIssue(rule: string): string {
  if (/used twice/.test(rule)) return /number/.test(rule) ? RULES.number : RULES.unique;
  if (/source id|at least one source/.test(rule)) return RULES.source;
  if (/must be (a|an) .* in [a-z-]+\.json/.test(rule)) return RULES.link;
  return RULES.field;
}

function ruleOfProblem(message: string): string {
  if (/is given to the|is inferred, but|is not what its dateline/.test(message)) return RULES.date;
  if (/has no kept text/.test(message)) return RULES.source;
  if (/resolves to no fact|but not its sources, date or meeting/.test(message)) return RULES.reading;
  return RULES.quote;
}

/** A meeting's field for a path inside it. */
export function meetingField(keys: readonly string[]): string {
  const [a, b, c, d] = keys;
  // A fact in the source's words: "organisers-0-text", "notes-2-sources", "speakers-1-quotes-0-text", "speakers-1-name".
  const part = (p: string | undefined) => (p === 'sources' ? 'sources' : 'text');
  if (a === 'organisers') return `organisers-0-${part(b)}`;
  if ((a === 'participants' || a === 'outcomes' || a === 'notes') && b !== undefined) return `${a}-${b}-${part(c)}`;
  if (a === 'speakers' && b !== undefined) {
    if (c === 'name' || c === 'role') return `speakers-${b}-${c}`;
    if ((c === 'quotes' || c === 'reported') && d !== undefined) return `speakers-${b}-${c}-${d}-${part(keys[4])}`;
    return `speakers-${b}`;
  }
  if (a === 'number' || a === 'id') return 'number';
  if (a === 'title') return 'title';
  if (a === 'sources' || b === 'sources' || d === 'sources' || c === 'sources') return 'sources';
  if (a === 'when') return b === 'start' ? 'date' : b === 'end' ? 'end' : b === 'text' ? 'dateText' : 'date';
  if (a === 'place') return b === 'city' ? 'city' : b === 'country' ? 'country' : 'place';
  if (a === 'topics' && b !== undefined) return c === 'themes' ? `themes-${b}` : `topic-${b}`;
  return 'form';
}

/**
 * A meeting's problems, were it saved into the draft at `index` (its place in meetings.json: the end
 * for a new one): the schema, the links and unique numbers of the whole data with it, and its quotes
 * and dates against the texts of the sources it cites.
 */
export function checkMeeting(files: DataFiles, meeting: Json, index: number, place: Json | null = null): FieldProblem[] {
  const values = valuesOf(files);
  const meetings = [...((values['meetings.json'] as Json[] | null) ?? [])];
  meetings[index] = meeting;
  const cartography = values['cartography.json'] as { places: Json[] };
  const withPlace = place ? { ...cartography, places: [...cartography.places, place] } : cartography;
  const out: FieldProblem[] = [];
  for (const issue of validated({ ...values, 'meetings.json': meetings, 'cartography.json': withPlace }).issues) {
    const keys = issue.file === 'meetings.json' ? under(issue.path, index) : null;
    if (keys) out.push({ field: meetingField(keys), rule: ruleOfIssue(issue.rule), message: issue.rule, english: true });
    const at = issue.file === 'cartography.json' && place ? /^\$\.places\[(\d+)\]\.(lon|lat)/.exec(issue.path) : null;
    if (at && Number(at[1]) === cartography.places.length) out.push({ field: at[2]!, rule: RULES.field, message: t('edit.field.degrees', { message: issue.rule, example: at[2] === 'lon' ? '20.46' : '44.82' }) });
  }
  // Its quotes and dates against its sources (the check reads the meeting alone: the others are checked already).
  for (const problem of checkAgainstSources({ 'meetings.json': [meeting] }, sourceTexts(files, values['sources.json']))) {
    const keys = under(problem.path, 0) ?? [];
    out.push({ field: meetingField(keys), rule: ruleOfProblem(problem.message), ...withNearest(problem.message, titlesOf(files), meetingTitlesOf(files)) });
  }
  return out;
}

/**
 * Where a kind of fact is kept: its file, and the list in it where the file is an object (secretariat.json's
 * "terms"); or the whole file, where it is one fact (board.json but its members).
 */
export interface Home {
  readonly file: FileName;
  readonly list?: string;
  readonly whole?: boolean;
}

export const HOMES = {
  source: { file: 'sources.json' },
  meeting: { file: 'meetings.json' },
  member: { file: 'members.json' },
  event: { file: 'related-events.json' },
  term: { file: 'secretariat.json', list: 'terms' },
  disagreement: { file: 'disagreements.json' },
  board: { file: 'board.json', whole: true },
  boardMember: { file: 'board.json', list: 'members' },
} as const satisfies Record<string, Home>;

/** The facts of a kind in a file's value. */
export function itemsOf(value: Json, home: Home): Json[] {
  if (home.whole) return value === null ? [] : [value];
  const list = home.list ? (value as { [key: string]: Json } | null)?.[home.list] : value;
  return Array.isArray(list) ? list : [];
}

/** A file's value with a fact put at `index` of its list (the end, for a new one). */
export function withItem(value: Json, home: Home, item: Json, index: number): Json {
  if (home.whole) return item;
  const list = [...itemsOf(value, home)];
  list[index] = item;
  return home.list ? { ...(value as { [key: string]: Json }), [home.list]: list } : list;
}

/**
 * The form's field of a reading in a list of readings ("joined", "from", "readings"): ["joined", "0",
 * "text"] → "joined-0-text"; its date, its meeting, its words, its sources or its kind (a reading's
 * `inferred` is its date's, the reading itself its words).
 */
export function readingField(keys: readonly string[]): string {
  const [list, i, part] = keys;
  if (i === undefined || !/^\d+$/.test(i)) return list ?? 'form';
  const own = part === 'sources' || part === 'event' || part === 'kind' || part === 'date' ? part : part === 'inferred' ? 'date' : 'text';
  return `${list}-${i}-${own}`;
}

/**
 * A fact's problems, were it saved into the draft at `index` of its kind's list: the schema, the links
 * and unique ids of the whole data with it, and the whole data against its source texts (its quotes
 * and dates, and a disagreement's readings against the facts they repeat), each put beside the field
 * `fieldOf` names for its path inside the fact. The same check for every kind of fact.
 */
export function checkFact(files: DataFiles, home: Home, item: Json, index: number, fieldOf: (keys: readonly string[]) => string): FieldProblem[] {
  const values = valuesOf(files);
  const next = { ...values, [home.file]: withItem(values[home.file], home, item, index) };
  const prefix = home.whole ? '$' : home.list ? `$.${home.list}[${index}]` : `$[${index}]`;
  const keysOf = (file: string, path: string) => (file === home.file ? under(path, prefix) : null);
  const out: FieldProblem[] = [];
  for (const issue of validated(next).issues) {
    const keys = keysOf(issue.file, issue.path);
    if (keys) out.push({ field: fieldOf(keys), rule: ruleOfIssue(issue.rule), message: issue.rule, english: true });
  }
  // Against the sources: the fact alone (with the meetings its dates may name), but a disagreement's
  // readings with the whole data, whose facts they repeat.
  const whole = home.file === 'disagreements.json';
  const alone = { 'meetings.json': values['meetings.json'], [home.file]: withItem(home.list ? {} : [], home, item, 0) };
  const aloneAt = home.whole ? '$' : home.list ? `$.${home.list}[0]` : '$[0]';
  for (const problem of checkAgainstSources(whole ? next : alone, sourceTexts(files, values['sources.json']))) {
    const keys = problem.file === home.file ? under(problem.path, whole ? prefix : aloneAt) : null;
    if (keys) out.push({ field: fieldOf(keys), rule: ruleOfProblem(problem.message), ...withNearest(problem.message, titlesOf(files), meetingTitlesOf(files)) });
  }
  return out;
}

/** A member's field: its country, or a field of one of its joining readings. */
export const memberField = (keys: readonly string[]): string =>
  keys[0] === 'id' || keys[0] === 'isoNumeric' || keys[0] === 'name' ? 'country' : keys[0] === 'joined' || keys[0] === 'intentions' ? readingField(keys) : keys[0] === 'founding' ? 'founding' : 'form';

/** Markup in a pasted text: a tag (`<p>`, `</div>`, `<br/>`) or an HTML entity (`&amp;`). */
const MARKUP = /<\/?[a-zA-Z][^<>]*>|<!--|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/;

/** The first piece of markup in a text, or null. */
export const markupIn = (text: string): string | null => MARKUP.exec(text)?.[0] ?? null;

/** A text with its markup taken out: tags and comments removed, the common entities written as their characters. */
export function stripMarkup(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^<>]*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-zA-Z]+);/g, (whole, name: string) => entities[name] ?? whole);
}

function sourceField(keys: readonly string[]): string {
  const [a] = keys;
  if (a === 'title') return 'title';
  if (a === 'publisher' || a === 'publisherNote') return 'publisher';
  if (a === 'issued' || a === 'issuedText' || a === 'inferred') return 'issued';
  if (a === 'issuedQuote') return 'issuedQuote';
  if (a === 'takenFrom') return 'address';
  if (a === 'covers') return 'covers';
  if (a === 'file') return 'text';
  if (a === 'id') return 'title';
  return 'form';
}

/**
 * A source's problems, were it saved into the draft at `index` of sources.json with its text: the
 * schema and unique ids of the whole data with it, its dateline verbatim in its text and its date no
 * more precise than the dateline, and a text that is plain, not empty and not saved already.
 */
export function checkSource(files: DataFiles, source: Json, text: string, index: number): FieldProblem[] {
  const values = valuesOf(files);
  const list = [...((values['sources.json'] as Json[] | null) ?? [])];
  list[index] = source;
  const out: FieldProblem[] = [];
  const entry = source as { id?: string; file?: string; publisher?: string | null; publisherNote?: string };
  const markup = markupIn(text);
  if (!text.trim()) out.push({ field: 'text', rule: RULES.field, message: t('edit.msg.pasteText') });
  else if (markup) out.push({ field: 'text', rule: RULES.markup, message: t('edit.msg.markup', { markup }) });
  const same = Object.entries(files).find(([path, t]) => path.startsWith('data/sources/') && path !== textPath(entry.file ?? '') && t === text);
  if (same && text.trim()) out.push({ field: 'text', rule: RULES.duplicate, message: t('edit.msg.savedAlready', { path: same[0] }) });
  if (entry.publisher === null && !entry.publisherNote) out.push({ field: 'publisher', rule: RULES.publisher, message: t('edit.msg.noPublisher') });
  for (const issue of validated({ ...values, 'sources.json': list }).issues) {
    const keys = issue.file === 'sources.json' ? under(issue.path, index) : null;
    if (keys && keys[0] !== 'file') out.push({ field: sourceField(keys), rule: ruleOfIssue(issue.rule), message: issue.rule, english: true });
  }
  if (typeof entry.id === 'string' && typeof entry.file === 'string' && text.trim()) {
    for (const problem of checkAgainstSources({ 'sources.json': [source] }, new Map([[entry.id, { id: entry.id, file: entry.file, text }]]))) {
      const keys = under(problem.path, 0) ?? [];
      out.push({ field: sourceField(keys), rule: ruleOfProblem(problem.message), ...withNearest(problem.message, titlesOf(files), meetingTitlesOf(files)) });
    }
  }
  return out;
}

/** Every problem of the whole draft, as the build and the test would find them (shown before an export). */
export function checkDraft(files: DataFiles): readonly Problem[] {
  const values = valuesOf(files);
  const issues = validated(values).issues.map((i) => ({ file: i.file, path: i.path, message: i.rule }));
  return [...issues, ...checkAgainstSources(values, sourceTexts(files, values['sources.json']))];
}

/** A related event's field for a path inside it. */
export function eventField(keys: readonly string[]): string {
  const [a, b] = keys;
  if (a === 'id') return 'title';
  if (a === 'place') return b === 'city' ? 'city' : b === 'country' ? 'country' : 'place';
  if (a === 'title' || a === 'date' || a === 'sources' || a === 'summary' || a === 'attendance' || a === 'themes') return a;
  return 'form';
}

/** A Secretariat term's field: its country, office, or a field of a reading of its start or end. */
export const termField = (keys: readonly string[]): string =>
  keys[0] === 'id' || keys[0] === 'country' ? 'country' : keys[0] === 'office' || keys[0] === 'officeText' ? 'office' : keys[0] === 'from' || keys[0] === 'to' ? readingField(keys) : 'form';

/** A disagreement's field: its subject, kind, note, or a field of one of its readings. */
export const disagreementField = (keys: readonly string[]): string =>
  keys[0] === 'id' || keys[0] === 'subject' ? 'subject' : keys[0] === 'kind' || keys[0] === 'note' ? keys[0] : keys[0] === 'readings' ? readingField(keys) : 'form';

/** The Board's field: a reading of its establishment, or its rule's or its duties' words, seats or sources ("rule-text", "duties-sources"). */
export const boardField = (keys: readonly string[]): string =>
  keys[0] === 'established' ? readingField(keys) : (keys[0] === 'rule' || keys[0] === 'duties') && ['text', 'seats', 'sources'].includes(keys[1] ?? '') ? `${keys[0]}-${keys[1]}` : 'form';

/** A Board member's field: its country, basis, seat, date, the source's words, its sources, or the reason it is derived. */
export const boardMemberField = (keys: readonly string[]): string =>
  keys[0] === 'inferred' ? 'reason' : ['country', 'basis', 'seat', 'asOf', 'text', 'sources'].includes(keys[0] ?? '') ? keys[0]! : 'form';

/** A fact of the data by its name, for a message: "“Fourth meeting”", "“Austria”", "the Executive Board". */
export function factName(values: Readonly<Record<FileName, Json>>, file: string, path: string): string {
  const at = /^\$(?:\.(\w+))?\[(\d+)\]/.exec(path);
  const value = values[file as FileName] as { [key: string]: Json } | Json[] | null;
  const list = at ? (at[1] ? (value as { [key: string]: Json } | null)?.[at[1]] : value) : null;
  const item = Array.isArray(list) && at ? (list[Number(at[2])] as { [key: string]: Json } | undefined) : undefined;
  const named = item && [item.title, item.name, item.subject, item.id].find((n) => typeof n === 'string');
  if (named) return `“${named}” (${file})`;
  if (file === 'board.json') return t('edit.msg.theBoard', { file });
  if (file === 'secretariat.json') return t('edit.msg.theSecretariat', { file });
  return file;
}

let kept: { files: DataFiles; found: ReadonlySet<string> } | null = null;

/** Where the whole draft breaks a rule against its sources' texts ("file path"), found once for a draft's files. */
function brokenNow(files: DataFiles): ReadonlySet<string> {
  if (kept?.files !== files) {
    const values = valuesOf(files);
    kept = { files, found: new Set(checkAgainstSources(values, sourceTexts(files, values['sources.json'])).map((p) => `${p.file} ${p.path}`)) };
  }
  return kept.found;
}

/**
 * A source's text changed: every quote and date of the data that cites it checked again with the new
 * text. The facts it would break are named (by their titles), each with what would break; none, where
 * the text is unchanged or breaks nothing that was not broken already.
 */
export function checkCiting(files: DataFiles, file: string, text: string): FieldProblem[] {
  const path = textPath(file);
  if (files[path] === undefined || files[path] === text) return [];
  const values = valuesOf(files);
  const before = brokenNow(files);
  const next = { ...files, [path]: text };
  const broken = checkAgainstSources(values, sourceTexts(next, values['sources.json'])).filter((p) => p.file !== 'sources.json' && !before.has(`${p.file} ${p.path}`));
  if (!broken.length) return [];
  const titles = titlesOf(files);
  const meetings = meetingTitlesOf(files);
  const lines = broken.map((p) => `${factName(values, p.file, p.path)}: ${withNearest(p.message, titles, meetings).message}`);
  return [{ field: 'text', rule: RULES.cited, message: `${t('edit.msg.citing', { n: broken.length })}\n${lines.join('\n')}` }];
}
