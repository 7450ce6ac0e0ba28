/** A problem found in a data file, said so that a data editor can find and fix it. */
export interface DataIssue {
  /** The file in `data/`, e.g. "meetings.json". */
  readonly file: string;
  /** A JSON path into the file, e.g. "$[3].when.start". */
  readonly path: string;
  /** The rule that was broken, in words. */
  readonly rule: string;
}

export type PathKey = string | number;

/** ["3", "when"] → "$[3].when" */
export function jsonPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>(
    (out, key) =>
      typeof key === 'number' || /^\d+$/.test(key)
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${out}.${key}`
          : `${out}[${JSON.stringify(key)}]`,
    '$',
  );
}

export function formatIssue(issue: DataIssue): string {
  return `data/${issue.file} at ${issue.path}: ${issue.rule}`;
}

/** Thrown when data does not load or does not validate; its message lists every issue. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 10).map(formatIssue);
    if (issues.length > 10) shown.push(`… and ${issues.length - 10} more`);
    super(`Invalid data:\n${shown.join('\n')}`);
    this.name = 'DataError';
    this.issues = issues;
  }
}
