/**
 * The data checked against the source texts themselves (`data/sources/`), one piece of code for the
 * test (`test/unit/data/sources-verbatim.test.ts`) and the data editor (`src/edit/`, at `?edit=1`),
 * which runs it live beside each field. Pure: it takes the parsed data files and the source texts and returns
 * what is wrong, each with the file, the JSON path and what the source says instead.
 *
 * - Quotes. Every `text` (and a Kosovo `quote`, an office's `name`, a speaker's `name` and `role`, a
 *   list's `names`) of an object that cites `sources` appears verbatim in every source it cites,
 *   within one paragraph (one line of the kept text), after normalising whitespace and Markdown
 *   emphasis only; and it joins no two sentences of that paragraph (a list item may hold two).
 * - Dates. A date is no more precise than its cited sources give it: the quote's own paragraph gives
 *   it, or the fact names a meeting that lies wholly inside the date's period and a cited source gives
 *   the date somewhere. A fact marked `inferred` needs the date given somewhere in one of the sources
 *   it combines. A source's `issued` date is in its own text unless marked `inferred`.
 * - Disagreements. Every reading repeats a fact found elsewhere in the data: the same words, the same
 *   sources, and the same date and meeting where both give one.
 * - Speakers. A speaker's `quotes` are their words: inside quotation marks in every source cited; what
 *   a source narrates of them ("X presented an overview…", outside quotation marks) is `reported`.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

export interface SourceText {
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

export interface Problem {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

const isNode = (v: Json | undefined): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whitespace runs to one space; Markdown emphasis (`**bold**`, `*italic*`, `__`, `_`) removed. */
export function normalise(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(“"])[*_](?=\S)/g, '$1')
    .replace(/(?<=\S)[*_](?=$|[\s.,;:!?)”"])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The paragraphs of a kept text (its lines), normalised, with their line numbers. */
function paragraphs(source: SourceText): { line: number; text: string }[] {
  return source.text
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: normalise(text) }))
    .filter((p) => p.text.length > 0);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RANK = { year: 0, month: 1, day: 2 } as const;
type Precision = keyof typeof RANK;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function precisionOf(date: string): Precision {
  const m = DATE.exec(date)!;
  return m[3] ? 'day' : m[2] ? 'month' : 'year';
}

/** The first and last day (as yyyy-mm-dd strings, which sort) a date covers. */
function periodOf(date: string): [string, string] {
  const m = DATE.exec(date)!;
  const year = m[1]!;
  if (m[3]) return [date, date];
  if (m[2]) {
    const last = new Date(Date.UTC(Number(year), Number(m[2]), 0)).getUTCDate();
    return [`${year}-${m[2]}-01`, `${year}-${m[2]}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

/** The finest precision at which a text gives a date: "26 May 2016", "12-13 October 2017", "May 2016", "2016". */
export function precisionIn(text: string, date: string): Precision | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const year = m[1]!;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  const day = m[3] ? String(Number(m[3])) : undefined;
  if (month && day) {
    const single = new RegExp(`(?<!\\d)0?${day}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${month}\\s+${year}(?!\\d)`);
    const rangeEnd = new RegExp(`(?<!\\d)\\d{1,2}\\s*[-–]\\s*0?${day}\\s+${month}\\s+${year}(?!\\d)`);
    if (single.test(text) || rangeEnd.test(text)) return 'day';
  }
  if (month && new RegExp(`${month}\\s+${year}(?!\\d)`).test(text)) return 'month';
  if (new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) return 'year';
  return null;
}

/** Where a quote and a source part ways: the best line by shared words, and how far the quote matches. */
export function nearestMatch(quote: string, source: SourceText): string {
  const q = normalise(quote);
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const qWords = words(q);
  let best: { line: number; text: string; score: number } | null = null;
  for (const p of paragraphs(source)) {
    const pWords = words(p.text);
    let shared = 0;
    for (const w of qWords) if (pWords.has(w)) shared++;
    const score = (2 * shared) / (qWords.size + pWords.size || 1);
    if (!best || score > best.score) best = { ...p, score };
  }
  if (!best || best.score === 0) return 'no line of the source shares a word with it';
  // The longest start of the quote found in that line, to show where they part.
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (best.text.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const line = `line ${best.line}: "${best.text.length > 240 ? `${best.text.slice(0, 240)}…` : best.text}"`;
  if (lo === 0) return line;
  const at = best.text.indexOf(q.slice(0, lo)) + lo;
  return `${line}; the first ${lo} characters match, then the quote reads "${q.slice(lo, lo + 40)}" where the source reads "${best.text.slice(at, at + 40)}"`;
}

/** A sentence ends inside the quote (not at its end): ". The", "? “". */
const SENTENCE_BREAK = /[.!?][”"’)]?\s+(?=[“"‘(]?[A-Z])/;

/** Checks one quoted string against one source; null when it is there, as one sentence of one paragraph. */
function checkQuote(quote: string, source: SourceText): string | null {
  const q = normalise(quote);
  const found = paragraphs(source).find((p) => p.text.includes(q));
  if (!found) {
    if (normalise(source.text).includes(q)) return `spans two paragraphs of ${source.file} (${source.id}): quote each on its own`;
    return `is not in ${source.file} (${source.id}); nearest: ${nearestMatch(quote, source)}`;
  }
  const inner = q.slice(0, -1);
  const listItem = /^[-•]/.test(found.text);
  if (!listItem && SENTENCE_BREAK.test(inner)) return `joins two sentences of ${source.file} line ${found.line} (${source.id}): one quote is one sentence`;
  return null;
}

/**
 * Whether a quote stands inside quotation marks in the source's paragraph that holds it (an opening
 * mark not yet closed before it). Null when no paragraph holds it.
 */
export function insideQuotationMarks(quote: string, source: SourceText): boolean | null {
  const q = normalise(quote);
  const found = paragraphs(source).find((p) => p.text.includes(q));
  if (!found) return null;
  // A straight " closes an open “ (the sources mix them: “…region.").
  let open = false;
  for (const c of found.text.slice(0, found.text.indexOf(q))) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** Paths like $[6].participants[0].text. */
function pathOf(keys: readonly (string | number)[]): string {
  return `$${keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
}

const QUOTED_KEYS = ['text', 'quote'] as const;

interface Located {
  readonly file: string;
  readonly keys: readonly (string | number)[];
  readonly node: Node;
}

/** Every object of every file, with where it is. */
function nodes(files: Readonly<Record<string, Json>>): Located[] {
  const out: Located[] = [];
  const walk = (file: string, value: Json, keys: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(file, v, [...keys, i]));
    if (!isNode(value)) return;
    out.push({ file, keys, node: value });
    for (const [k, v] of Object.entries(value)) walk(file, v, [...keys, k]);
  };
  for (const [file, value] of Object.entries(files)) walk(file, value, []);
  return out;
}

const idsOf = (v: Json | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Runs every check; `files` by file name ("meetings.json"), `sources` by source id. */
export function checkAgainstSources(files: Readonly<Record<string, Json>>, sources: ReadonlyMap<string, SourceText>): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, keys: readonly (string | number)[], message: string) => problems.push({ file, path: pathOf(keys), message });
  const meetings = new Map<string, Node>();
  for (const m of Array.isArray(files['meetings.json']) ? files['meetings.json'] : []) if (isNode(m) && typeof m.id === 'string') meetings.set(m.id, m);
  const all = nodes(files);

  const quote = (file: string, keys: readonly (string | number)[], value: string, cited: readonly string[]) => {
    for (const id of cited) {
      const source = sources.get(id);
      if (!source) report(file, keys, `cites "${id}", which has no kept text`);
      else {
        const wrong = checkQuote(value, source);
        if (wrong) report(file, keys, `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}" ${wrong}`);
      }
    }
  };

  for (const { file, keys, node } of all) {
    if (file === 'sources.json') continue;
    const cited = idsOf(node.sources);
    if (cited.length && node.basis !== 'editorial') {
      for (const key of QUOTED_KEYS) if (typeof node[key] === 'string') quote(file, [...keys, key], node[key], cited);
      // An office's name is the source's (the `name` of other objects is not a quote).
      if (typeof node.name === 'string' && typeof node.role === 'string') quote(file, [...keys, 'name'], node.name, cited);
      idsOf(node.names).forEach((name, i) => quote(file, [...keys, 'names', i], name, cited));
    }
    // A speaker: name and role as the sources of their words (or of the report of them) give them;
    // their words in quotation marks in the source, the source's narration of them outside.
    const words = Array.isArray(node.quotes) ? node.quotes : [];
    const reported = Array.isArray(node.reported) ? node.reported : [];
    if ((words.length || reported.length) && typeof node.name === 'string') {
      const speakerSources = [...new Set([...words, ...reported].flatMap((q) => (isNode(q) ? idsOf(q.sources) : [])))];
      quote(file, [...keys, 'name'], node.name, speakerSources);
      if (typeof node.role === 'string') quote(file, [...keys, 'role'], node.role, speakerSources);
      const marked = (list: Json[], field: string, wanted: boolean) =>
        list.forEach((q, i) => {
          if (!isNode(q) || typeof q.text !== 'string') return;
          for (const id of idsOf(q.sources)) {
            const source = sources.get(id);
            const inside = source ? insideQuotationMarks(q.text, source) : null;
            if (inside === null || inside === wanted) continue;
            report(
              file,
              [...keys, field, i, 'text'],
              wanted
                ? `is the source's narration, not ${node.name}'s words: ${source!.file} (${id}) does not put it in quotation marks (file it under "reported")`
                : `is ${node.name}'s words in quotation marks in ${source!.file} (${id}): file it under "quotes"`,
            );
          }
        });
      marked(words, 'quotes', true);
      marked(reported, 'reported', false);
    }
  }

  // Dates.
  const DATE_KEYS = ['date', 'start', 'end', 'closed'] as const;
  for (const { file, keys, node } of all) {
    if (file === 'sources.json') continue;
    const cited = idsOf(node.sources);
    if (!cited.length) continue;
    const inferredNode = isNode(node.inferred) ? node.inferred : null;
    for (const key of DATE_KEYS) {
      const date = node[key];
      if (typeof date !== 'string' || !DATE.test(date)) continue;
      const wanted = precisionOf(date);
      const at = [...keys, key];
      if (inferredNode) {
        const combined = [...new Set([...cited, ...idsOf(inferredNode.sources)])];
        const given = combined.some((id) => {
          const p = sources.get(id) && precisionIn(normalise(sources.get(id)!.text), date);
          return p !== null && p !== undefined && RANK[p] >= RANK[wanted];
        });
        if (!given) report(file, at, `"${date}" is inferred, but none of the sources it combines (${combined.join(', ')}) gives it to the ${wanted}`);
        continue;
      }
      // The quote's own paragraph in a cited source gives it; or the meeting it names lies within it.
      const quoteText = typeof node.text === 'string' ? normalise(node.text) : null;
      const finest = (scope: 'paragraph' | 'anywhere'): Precision | null => {
        let best: Precision | null = null;
        for (const id of cited) {
          const source = sources.get(id);
          if (!source) continue;
          const scopes = scope === 'anywhere' || quoteText === null ? [normalise(source.text)] : paragraphs(source).filter((p) => p.text.includes(quoteText)).map((p) => p.text);
          for (const s of scopes) {
            const p = precisionIn(s, date);
            if (p && (!best || RANK[p] > RANK[best])) best = p;
          }
        }
        return best;
      };
      const here = finest('paragraph');
      if (here && RANK[here] >= RANK[wanted]) continue;
      const meeting = typeof node.event === 'string' ? meetings.get(node.event) : undefined;
      const when = meeting && isNode(meeting.when) ? meeting.when : null;
      if (when && typeof when.start === 'string' && DATE.test(when.start)) {
        const [first, last] = periodOf(date);
        const mStart = periodOf(when.start)[0];
        const mEnd = periodOf(typeof when.end === 'string' ? when.end : when.start)[1];
        const anywhere = finest('anywhere');
        if (mStart >= first && mEnd <= last && anywhere && RANK[anywhere] >= RANK[wanted]) continue;
      }
      const anywhere = finest('anywhere');
      const said = here
        ? `the quote's paragraph gives it only to the ${here}`
        : `the quote's paragraph does not give it${anywhere ? ` (the source${cited.length > 1 ? 's give' : ' gives'} it elsewhere to the ${anywhere})` : ''}`;
      report(
        file,
        at,
        `"${date}" is given to the ${wanted}, but in ${cited.join(', ')} ${said}${
          meeting ? ` (and ${String(node.event)} does not lie wholly within it)` : ''
        }; make it no more precise than the source, or mark it "inferred"`,
      );
    }
  }

  // A source's date of issue is its own dateline (issuedQuote, verbatim), unless it is marked as borrowed.
  const list = files['sources.json'];
  (Array.isArray(list) ? list : []).forEach((s, i) => {
    if (!isNode(s) || typeof s.issued !== 'string' || isNode(s.inferred)) return;
    const source = sources.get(String(s.id));
    if (!source) return;
    if (typeof s.issuedQuote !== 'string') {
      report('sources.json', [i, 'issued'], `"${s.issued}" is given without the text's own words for it (issuedQuote): quote the dateline, or mark the date "inferred" (borrowed)`);
      return;
    }
    quote('sources.json', [i, 'issuedQuote'], s.issuedQuote, [source.id]);
    const p = precisionIn(normalise(s.issuedQuote), s.issued);
    if (!p || RANK[p] < RANK[precisionOf(s.issued)]) report('sources.json', [i, 'issued'], `"${s.issued}" is not what its dateline "${s.issuedQuote}" gives to the ${precisionOf(s.issued)}`);
  });

  // Disagreements: every reading repeats a fact found elsewhere.
  const facts = all.filter((n) => n.file !== 'disagreements.json' && typeof n.node.text === 'string' && idsOf(n.node.sources).length);
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const disagreements = files['disagreements.json'];
  (Array.isArray(disagreements) ? disagreements : []).forEach((d, i) => {
    if (!isNode(d) || !Array.isArray(d.readings)) return;
    d.readings.forEach((r, j) => {
      if (!isNode(r) || typeof r.text !== 'string') return;
      const text = normalise(r.text);
      const match = facts.find(({ node }) => {
        if (normalise(String(node.text)) !== text || !sameSet(idsOf(node.sources), idsOf(r.sources))) return false;
        const date = typeof node.date === 'string' ? node.date : typeof node.start === 'string' ? node.start : undefined;
        if (typeof r.date === 'string' && date !== undefined && date !== r.date) return false;
        if (typeof r.event === 'string' && typeof node.event === 'string' && node.event !== r.event) return false;
        return true;
      });
      if (!match) {
        const sameWords = facts.find(({ node }) => normalise(String(node.text)) === text);
        report(
          'disagreements.json',
          [i, 'readings', j],
          sameWords
            ? `repeats ${sameWords.file} ${pathOf(sameWords.keys)} but not its sources, date or meeting`
            : `resolves to no fact in the data: no other file has a fact with these words ("${r.text.slice(0, 60)}…")`,
        );
      }
    });
  });
  return problems;
}

/** The problems in words, one per line: "meetings.json $[6].participants[0].text: …". */
export function describe(problems: readonly Problem[]): string {
  return problems.map((p) => `data/${p.file} at ${p.path}: ${p.message}`).join('\n');
}
