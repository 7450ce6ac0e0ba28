/**
 * How the data frames its facts, where a machine can check it: an undated source is written "in or
 * after" the latest month it reports (it may be from that month), never "after" it; a meeting's name
 * from one source, joined to a date from another, is marked inferred with both.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Meeting, Source } from '../../../src/lib/data/schema';
import { formatPartialDate } from '../../../src/lib/dates/partial-date';
import { realDataset } from './dataset';

const data = realDataset();

/** The latest date (YYYY-MM) of a fact of the data that cites the source. */
function latestMonth(dataset: Dataset, id: string): string {
  let latest = '';
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o['sources']) && (o['sources'] as string[]).includes(id))
      for (const k of ['date', 'start', 'end']) if (typeof o[k] === 'string' && (o[k] as string).slice(0, 7) > latest) latest = (o[k] as string).slice(0, 7);
    Object.values(o).forEach(visit);
  };
  visit(dataset);
  return latest;
}

/** What is wrong with an undated source's words for its date, or null. */
function issuedProblem(dataset: Dataset, source: Source): string | null {
  if (source.issued !== null) return null;
  const month = formatPartialDate(latestMonth(dataset, source.id));
  return source.issuedText.includes(`in or after ${month}`) ? null : `${source.id}: "${source.issuedText}" should say it was written in or after ${month}, the latest month it reports`;
}

describe('the date of an undated source', () => {
  it('is "in or after" the latest month it reports', () => {
    expect(data.sources.map((s) => issuedProblem(data, s)).filter(Boolean)).toEqual([]);
    expect(latestMonth(data, 'osce-overview')).toBe('2023-11');
  });

  it('flags "after" alone, which rules out the month itself', () => {
    const overview = data.sources.find((s) => s.id === 'osce-overview')!;
    expect(issuedProblem(data, { ...overview, issuedText: 'Undated; written after November 2023, the latest month it reports' })).toContain('in or after November 2023');
  });
});

/** What is wrong with a meeting's name, or null: from a source that does not date the meeting, it must say it is inferred, combining both. */
function nameProblem(m: Meeting): string | null {
  if (!m.name || m.name.sources.some((id) => m.when.sources.includes(id))) return null;
  const combined = m.name.inferred?.sources ?? [];
  const both = [...m.name.sources, ...m.when.sources].every((id) => combined.includes(id));
  return both ? null : `${m.id}: its name (${m.name.sources.join(', ')}) and its date (${m.when.sources.join(', ')}) come from different sources: mark the name inferred, combining both`;
}

describe('a meeting named by one source and dated by another', () => {
  it('says the pairing is inferred (the Declaration’s conference)', () => {
    expect(data.meetings.map(nameProblem).filter(Boolean)).toEqual([]);
    expect(data.meetings[0]!.name!.inferred!.sources).toEqual(['osce-overview', 'rome-2017-outcomes']);
  });

  it('flags a name joined to another source’s date without saying so', () => {
    const founding = data.meetings[0]!;
    expect(nameProblem({ ...founding, name: { text: founding.name!.text, sources: founding.name!.sources } })).toContain('declaration-2016: its name');
  });
});
