/**
 * Validation of the data files: one file against its schema, then the whole dataset for the rules
 * that span files. Used by the build (`validate-plugin.ts`) and by the data editor (`edit/rules.ts`);
 * the browser loads what the build validated and does not check it again (`load.ts`).
 */
import * as v from 'valibot';
import { FILES, FILE_NAMES, type Dataset, type FileName } from './schema.ts';
import { fieldOf } from './files.ts';
import { DataError, jsonPath, type DataIssue, type PathKey } from './issues.ts';

/** Parses the text of a data file as JSON; a syntax error becomes a DataIssue. */
export function parseJson(file: string, text: string): { value: unknown } | { issue: DataIssue } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { issue: { file, path: '$', rule: `must be valid JSON (${(error as Error).message})` } };
  }
}

/** Checks one file against its schema. */
export function validateFile(file: FileName, value: unknown): { output: unknown; issues: DataIssue[] } {
  const result = v.safeParse(FILES[file], value);
  if (result.success) return { output: result.output, issues: [] };
  const issues = result.issues.map((issue) => ({
    file,
    path: jsonPath((issue.path ?? []).map((p) => p.key as PathKey)),
    rule: ruleOf(issue),
  }));
  return { output: undefined, issues };
}

/** Valibot's words for the structural rules, said for a data editor. */
function ruleOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected === 'never') return 'is not a field of this file (check its spelling)';
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is required but missing';
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid type')) return `must be of type ${issue.expected} (found ${issue.received})`;
  return issue.message;
}

/** Checks the rules that span files: ids are unique and every reference resolves. */
export function checkIntegrity(data: Dataset): DataIssue[] {
  const issues: DataIssue[] = [];
  const ids = {
    sources: new Set(data.sources.map((s) => s.id)),
    meetings: new Set(data.meetings.map((m) => m.id)),
    countries: new Set(data.osceStates.states.map((s) => s.id)),
    themes: new Set(data.themes.map((t) => t.id)),
    disagreements: new Set(data.disagreements.map((d) => d.id)),
  };

  const unique = (file: FileName, list: readonly { id: string }[], at: PathKey[] = []) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ file, path: jsonPath([...at, i, 'id']), rule: `id "${item.id}" is used twice` });
      seen.add(item.id);
    });
  };
  unique('sources.json', data.sources);
  unique('themes.json', data.themes);
  unique('members.json', data.members);
  unique('meetings.json', data.meetings);
  unique('related-events.json', data.relatedEvents);
  unique('disagreements.json', data.disagreements);
  unique('offices.json', data.offices.named, ['named']);
  unique('secretariat.json', data.secretariat.terms, ['terms']);
  unique('osce-states.json', data.osceStates.states, ['states']);

  const numbers = new Map<number, number>();
  data.meetings.forEach((m, i) => {
    if (m.number === null) return;
    if (numbers.has(m.number)) issues.push({ file: 'meetings.json', path: jsonPath([i, 'number']), rule: `meeting number ${m.number} is used twice` });
    numbers.set(m.number, i);
  });

  const statesByCode = new Map(data.osceStates.states.map((s) => [s.id, s]));
  data.members.forEach((m, i) => {
    const state = statesByCode.get(m.id);
    if (!state) issues.push({ file: 'members.json', path: jsonPath([i, 'id']), rule: `country "${m.id}" is not in osce-states.json` });
    else if (state.isoNumeric !== m.isoNumeric)
      issues.push({ file: 'members.json', path: jsonPath([i, 'isoNumeric']), rule: `must be "${state.isoNumeric}", the numeric code osce-states.json gives ${m.id}` });
  });

  /** Keys that refer to ids in other files, wherever they appear. */
  const references: Record<string, { set: Set<string>; what: string; list?: boolean }> = {
    sources: { set: ids.sources, what: 'a source id in sources.json', list: true },
    event: { set: ids.meetings, what: 'a meeting id in meetings.json' },
    country: { set: ids.countries, what: 'a country code in osce-states.json' },
    themes: { set: ids.themes, what: 'a theme id in themes.json', list: true },
    disagreement: { set: ids.disagreements, what: 'a disagreement id in disagreements.json' },
  };
  const walk = (file: FileName, value: unknown, path: PathKey[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(file, item, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const ref = references[key];
      if (ref) {
        const values = ref.list ? (child as string[]) : [child as string];
        values.forEach((target, i) => {
          if (!ref.set.has(target))
            issues.push({ file, path: jsonPath(ref.list ? [...path, key, i] : [...path, key]), rule: `"${target}" must be ${ref.what}` });
        });
      } else walk(file, child, [...path, key]);
    }
  };
  for (const file of FILE_NAMES) walk(file, data[fieldOf(file)], []);
  return issues;
}

export { fieldOf };

/**
 * Validates the raw text of every file. Returns the typed dataset, or throws a DataError that
 * names each file, JSON path and broken rule.
 */
export function validateDataset(texts: Readonly<Record<FileName, string>>): Dataset {
  const issues: DataIssue[] = [];
  const values: Partial<Record<FileName, unknown>> = {};
  for (const file of FILE_NAMES) {
    const parsed = parseJson(file, texts[file]);
    if ('issue' in parsed) issues.push(parsed.issue);
    else values[file] = parsed.value;
  }
  if (issues.length) throw new DataError(issues);
  return validateValues(values);
}

/**
 * Validates every file's parsed value (the build's data bundle holds them parsed): a file missing
 * from them is named, as is every JSON path and broken rule.
 */
export function validateValues(values: Readonly<Partial<Record<FileName, unknown>>>): Dataset {
  const steps = validating(values);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `validateValues` a file at a time: the generator pauses after each file, so that a page can give
 * the browser a turn between them (`load.ts`), and returns the dataset.
 */
export function* validating(values: Readonly<Partial<Record<FileName, unknown>>>): Generator<FileName, Dataset> {
  const issues: DataIssue[] = [];
  const out: Partial<Record<keyof Dataset, unknown>> = {};
  for (const file of FILE_NAMES) {
    if (!(file in values)) {
      issues.push({ file, path: '$', rule: 'file is missing from the build' });
      continue;
    }
    const result = validateFile(file, values[file]);
    issues.push(...result.issues);
    out[fieldOf(file)] = result.output;
    yield file;
  }
  if (issues.length) throw new DataError(issues);
  const data = out as Dataset;
  const integrity = checkIntegrity(data);
  if (integrity.length) throw new DataError(integrity);
  return data;
}
