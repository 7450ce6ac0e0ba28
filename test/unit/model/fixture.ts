/**
 * A small made-up network for testing the model's code apart from the real data: two founders, a
 * member whose joining two readings date differently, two meetings (the first undated), one term
 * of the Secretariat with an uncertain end, and a Board with two readings. Not facts: test input.
 */
import type { Dataset, Meeting } from '../../../src/lib/data/schema';

const src = ['s1'];
const meeting = (id: string, number: number | null, start: string, derived = false): Meeting => ({
  id,
  kind: 'conference',
  number,
  title: `Meeting ${number}`,
  when: { start, text: start, sources: src, ...(derived ? { inferred: { reason: 'no source dates it', sources: src } } : {}) },
  place: { kind: 'city', city: `City ${number}`, country: 'AAA', sources: src },
  topics: [],
  outcomes: [],
  notes: [],
});

export function tinyDataset(): Dataset {
  return {
    sources: [{ id: 's1', file: '000_0000000000000000.txt', title: 'T', publisher: 'P', issued: '2020', issuedText: '2020', takenFrom: 'a test', covers: 'all' }],
    themes: [],
    members: [
      { id: 'AAA', isoNumeric: '001', name: 'Aland', founding: true, joined: [{ date: '2020-01-10', text: 't', sources: src }] },
      { id: 'BBB', isoNumeric: '002', name: 'Bland', founding: true, joined: [{ date: '2020-01-10', text: 't', sources: src }] },
      {
        id: 'CCC',
        isoNumeric: '003',
        name: 'Cland',
        founding: false,
        joined: [
          { date: '2020-06', text: 't', sources: src },
          { date: '2021-03', event: 'm2', text: 't', sources: src },
        ],
        disagreement: 'd1',
      },
    ],
    offices: { count: { offices: 4, countries: 3, asOf: '2022', text: 't', sources: src }, named: [] },
    meetings: [
      { ...meeting('m0', null, '2020-01-10'), kind: 'founding', title: 'Signing' },
      meeting('m1', 1, '2020', true),
      meeting('m2', 2, '2021-03-15'),
    ],
    secretariat: {
      created: { date: '2020-06', text: 't', sources: src },
      terms: [
        {
          id: 't1',
          country: 'AAA',
          office: null,
          from: [{ kind: 'granted', date: '2020-06-01', text: 't', sources: src }],
          to: [
            { kind: 'term-end', date: '2021', text: 't', sources: src },
            { kind: 'handover', date: '2021-03-15', text: 't', sources: src },
          ],
        },
      ],
    },
    board: {
      established: [
        { date: '2020-06', text: 't', sources: src },
        { date: '2021-03', event: 'm2', text: 't', sources: src },
      ],
      rule: { text: 't', seats: [], sources: src },
      duties: { text: 't', sources: src },
      members: [],
    },
    relatedEvents: [],
    osceStates: { note: 't', sources: src, states: [], fieldOperations: { note: 't', names: [], sources: src } },
    disagreements: [{ id: 'd1', subject: 's', readings: [], note: 'n' } as unknown as Dataset['disagreements'][number]],
    cartography: {} as Dataset['cartography'],
  };
}
