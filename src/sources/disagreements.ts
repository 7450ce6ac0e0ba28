/**
 * What kind of difference each entry of disagreements.json records, in terms a machine can check:
 * where it lies (between sources, or within one), and whether its readings differ at all.
 */
import type { Disagreement, Reading } from '../lib/data/schema';
import { isWithin } from '../lib/dates/partial-date';

/** "within": every reading cites the same one source, which disagrees with itself (or leaves the question open itself). */
export type Scope = 'between' | 'within';

export function scopeOf(d: Disagreement): Scope {
  const cited = new Set(d.readings.flatMap((r) => r.sources));
  return cited.size === 1 ? 'within' : 'between';
}

/**
 * Whether two readings say something different: dated at periods neither of which holds the other
 * ("2016" holds "2016-05": no difference), or at different meetings; undated, in different words.
 */
export function readingsDiffer(a: Reading, b: Reading): boolean {
  if (a.date && b.date) return !(isWithin(a.date, b.date) || isWithin(b.date, a.date)) || (a.event !== undefined && b.event !== undefined && a.event !== b.event);
  return a.text !== b.text;
}

/** What is wrong with an entry's kind, or null: a disagreement about facts whose readings do not differ, a wording difference whose dates do. */
export function kindProblem(d: Disagreement): string | null {
  const pairs = d.readings.flatMap((a, i) => d.readings.slice(i + 1).map((b) => [a, b] as const));
  const kind = d.kind ?? 'facts';
  if (kind === 'facts' && !pairs.some(([a, b]) => readingsDiffer(a, b))) return `${d.id}: its readings agree (same period, same meeting): not a disagreement about facts`;
  if (kind === 'wording' && pairs.some(([a, b]) => a.date && b.date && readingsDiffer(a, b))) return `${d.id}: its readings differ in date, not only in wording`;
  return null;
}
