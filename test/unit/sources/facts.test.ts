import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { allFacts, factsBySource, isVerbatim } from '../../../src/sources/facts';
import type { Dataset } from '../../../src/lib/data/schema';

const data = realDataset();
const frozen = JSON.stringify(data);

/** Every `sources` array in a value, found independently of the code under test. */
function countSourceLists(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countSourceLists(v), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k === 'sources' && Array.isArray(v) ? 1 : countSourceLists(v)), 0);
}

describe('allFacts', () => {
  it('finds every object that carries a sources list, and only those', () => {
    const { sources: _ignored, ...rest } = data;
    expect(allFacts(data)).toHaveLength(countSourceLists(rest));
  });

  it('gives every fact a unique path', () => {
    const paths = allFacts(data).map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each([
    ['meetings[5].topics[0]', 'Meetings › Fifth meeting › topic', 'The fight against terrorism and radicalization: the challenge of foreign fighters', 'timeline', { kind: 'meeting', id: 'meeting-5' }],
    ['meetings[9].place', 'Meetings › Ninth meeting › place', 'Belgrade, Serbia', 'timeline', { kind: 'meeting', id: 'meeting-9' }],
    ['meetings[6].place', 'Meetings › Sixth meeting › place', 'Online', 'timeline', { kind: 'meeting', id: 'meeting-6' }],
    ['members[6].joined[1]', 'Members › Hungary › joined', 'The Office of the Prosecutor General from Hungary joined the Declaration of Intent.', 'map', { kind: 'member', id: 'HUN' }],
    ['secretariat.terms[0].to[0]', 'Secretariat › chair › Serbia › end', 'which would hold it for the following four years till October 2021', 'rotation', { kind: 'term', id: 'serbia' }],
    ['board.members[3]', 'Executive Board › member › Bulgaria', `Inferred: ${data.board.members[3]!.inferred!.reason}`, 'rotation', null],
    ['disagreements[1].readings[1]', 'Disagreements › When the Executive Board was established › reading', data.board.established[1]!.text, 'sources', null],
  ])('%s is "%s"', (path, about, text, view, selection) => {
    const fact = allFacts(data).find((f) => f.path === path);
    expect(fact).toEqual({ path, about, text, sources: expect.any(Array), view, selection });
  });
});

describe('isVerbatim', () => {
  it.each([
    ['meetings[5].topics[0]', true],
    ['members[6].joined[1]', true],
    ['meetings[9].place', false],
    ['meetings[6].place', false],
    ['board.members[3]', false],
  ])('%s: %s', (path, expected) => {
    expect(isVerbatim(allFacts(data).find((f) => f.path === path)!)).toBe(expected);
  });
});

describe('factsBySource', () => {
  const index = factsBySource(data);

  it('has an entry for every source, in the order of sources.json', () => {
    expect([...index.keys()]).toEqual(data.sources.map((s) => s.id));
  });

  it.each(data.sources.map((s) => s.id))('source %s has at least one fact resting on it', (id) => {
    expect(index.get(id)!.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'osce-socta-2016',
      [
        'relatedEvents[0]',
        'relatedEvents[0].place',
        'relatedEvents[0].support[0]',
        'relatedEvents[0].participants[0]',
        'relatedEvents[0].attendance',
        'relatedEvents[0].summary',
        'relatedEvents[0].speakers[0].quotes[0]',
        'relatedEvents[0].speakers[0].quotes[1]',
        'relatedEvents[0].speakers[0].quotes[2]',
        'relatedEvents[0].speakers[0].quotes[3]',
        'relatedEvents[0].notes[0]',
        'relatedEvents[0].notes[1]',
        'relatedEvents[0].notes[2]',
        'relatedEvents[0].notes[3]',
        'relatedEvents[0].notes[4]',
        'relatedEvents[0].notes[5]',
        'disagreements[6].readings[0]',
      ],
    ],
    [
      'coe-iproceeds-2022',
      [
        'relatedEvents[1]',
        'relatedEvents[1].place',
        'relatedEvents[1].organisers[0]',
        'relatedEvents[1].attendance',
        'relatedEvents[1].summary',
        'relatedEvents[1].outcomes[0]',
        'relatedEvents[1].outcomes[1]',
        'relatedEvents[1].notes[0]',
        'relatedEvents[1].notes[1]',
      ],
    ],
  ])('%s rests under exactly %j', (id, paths) => {
    expect(index.get(id)!.map((f) => f.path)).toEqual(paths);
  });

  it('lists a fact under each of its sources once', () => {
    const tiny = {
      ...data,
      members: [],
      offices: { ...data.offices, named: [] },
      meetings: [{ ...data.meetings[3]!, topics: [], outcomes: [], notes: [], when: { ...data.meetings[3]!.when, sources: ['a', 'a', 'b'] } }],
      secretariat: { ...data.secretariat, terms: [] },
      board: { ...data.board, established: [data.board.established[0]!], members: [] },
      relatedEvents: [],
      disagreements: [],
      sources: [{ ...data.sources[0]!, id: 'a' }, { ...data.sources[0]!, id: 'b' }],
    } satisfies Dataset;
    const out = factsBySource(tiny);
    expect(out.get('a')!.map((f) => f.path)).toEqual(['meetings[0].when']);
    expect(out.get('b')!.map((f) => f.path)).toEqual(['meetings[0].when']);
  });

  it('ignores source ids that sources.json does not list', () => {
    const odd = { ...data, relatedEvents: [{ ...data.relatedEvents[0]!, sources: ['nowhere'] }] };
    expect([...factsBySource(odd).keys()]).not.toContain('nowhere');
  });

  it('does not mutate the dataset', () => {
    allFacts(data);
    factsBySource(data);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});
