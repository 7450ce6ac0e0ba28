import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';
import { buildModel } from '../../../src/lib/model';
import { gapLabel, milestoneLabel, segmentReason } from '../../../src/rotation/words';
import type { Dataset } from '../../../src/lib/data/schema';
import { boardMembersAt, hostRows } from '../../../src/rotation/board';
import { labelledTerms } from '../../../src/rotation/layout';

const data = realDataset();
const frozen = JSON.stringify(data);
const model = buildModel(data);
const handoverGaps = (d: Dataset) => buildModel(d).handoverGaps;
const iso = (d: number | null) => (d === null ? null : dayToIso(d));

describe('the Secretariat terms', () => {
  const bars = labelledTerms(model);

  it.each([
    ['serbia', 'Serbia', [['certain', '2017-10-12', '2021-10-01'], ['uncertain-end', '2021-10-01', '2023-02-22']]],
    // Elected on 6 December 2021, closed in 2022, before Bulgaria took over officially: never certain.
    ['bulgaria-specialised', 'Bulgaria: Specialised Court and Public Prosecutor’s Office of Bulgaria', [['uncertain-start', '2021-12-06', '2023-01-01']]],
    // Certain from the official takeover to the end of the latest dated fact; after it, as of the latest source.
    ['bulgaria-sofia-appellate', 'Bulgaria: Sofia Appellate Prosecution Office', [['uncertain-start', '2022-01-01', '2023-02-22'], ['certain', '2023-02-22', '2023-12-01'], ['as-of-source', '2023-12-01', null]]],
  ])('%s (%s) is drawn as %j', (id, label, segments) => {
    const bar = bars.find((b) => b.term.id === id)!;
    expect(bar.label).toBe(label);
    expect(bar.segments.map((s) => [s.kind, iso(s.from), iso(s.to)])).toEqual(segments);
  });

  it('says why an end is uncertain, with the readings in words', () => {
    const end = bars[0]!.segments.find((s) => s.kind === 'uncertain-end')!;
    expect(segmentReason(model, bars[0]!, end)).toBe('The end is uncertain: the sources give Term to end, October 2021; Handed over the chair officially, February 2023, at the ninth meeting, Belgrade.');
    expect(end.sources).toEqual(['osce-overview']);
  });

  it('agrees with the snapshot’s chair on every day it draws', () => {
    for (const date of ['2017-10-12', '2019-01-01', '2021-10-15', '2021-12-10', '2022-06-01', '2023-02-21', '2023-02-22', '2023-11-30', '2023-12-01', '2024-01-01']) {
      const day = placeOf(date);
      const drawn = bars.flatMap((b) =>
        b.segments.filter((s) => s.from <= day && (s.to === null || day < s.to)).map((s) => [b.term.id, s.kind === 'certain' || s.kind === 'as-of-source' ? s.kind : 'uncertain']),
      );
      expect(drawn, date).toEqual(model.at(day).chair.map((h) => [h.holder.term.id, h.certainty]));
    }
  });

  it('places the milestones in time order', () => {
    expect(bars[2]!.milestones.map((m) => [iso(m.day), milestoneLabel(m.milestone, m.side, model.meetingIndex)])).toEqual([
      ['2022-01-01', 'Took over the chair, 2022'],
      ['2023-02-22', 'Took over the chair officially, February 2023, at the ninth meeting, Belgrade'],
    ]);
  });

  it('does not mutate the dataset', () => {
    buildModel(data);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});

describe('handoverGaps', () => {
  it('finds the gap from Bulgaria’s election to the official handover', () => {
    expect(handoverGaps(data).map((g) => [iso(g.from), iso(g.to), gapLabel(g, model.meetingIndex)])).toEqual([
      ['2021-12-06', '2023-02-22', 'Elected to the chair, 6 December 2021, at the seventh meeting (online); took over the chair officially, February 2023, at the ninth meeting, Belgrade'],
    ]);
  });
  it('finds none without an election', () => {
    const none = { ...data, secretariat: { ...data.secretariat, terms: [data.secretariat.terms[0]!] } };
    expect(handoverGaps(none)).toEqual([]);
  });
});

describe('the Board’s status', () => {
  it.each([
    ['2017-10-11', 'not-yet'],
    ['2017-10-12', 'disputed'],
    ['2018-06-27', 'disputed'],
    ['2018-06-28', 'established'],
    ['2024-01-01', 'established'],
  ])('%s: %s', (date, status) => {
    expect(model.at(placeOf(date)).board).toBe(status);
  });
});

describe('hostRows', () => {
  it('lists the meetings with their hosts, in time order', () => {
    expect(hostRows(model, model.at(placeOf('2025-01-01'))).map((r) => [r.meeting.id, r.host, r.originalHost])).toEqual([
      ['meeting-1', null, null],
      ['meeting-2', null, null],
      ['meeting-3', 'ITA', null],
      ['meeting-4', 'MKD', null],
      ['meeting-5', 'ROU', null],
      ['meeting-6', null, null],
      ['meeting-7', null, null],
      ['meeting-8', null, null],
      ['meeting-9', 'SRB', 'MNE'],
      ['board-2023', 'BGR', null],
    ]);
  });

  it.each([
    ['2016-06-01', [], null],
    ['2016-11-01', ['meeting-1', 'meeting-2'], 'meeting-2'],
    ['2019-06-05', ['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4', 'meeting-5'], 'meeting-5'],
    ['2023-12-01', ['meeting-1', 'meeting-2', 'meeting-3', 'meeting-4', 'meeting-5', 'meeting-6', 'meeting-7', 'meeting-8', 'meeting-9', 'board-2023'], 'board-2023'],
  ])('on %s held %j, latest %s', (date, held, latest) => {
    const rows = hostRows(model, model.at(placeOf(date)));
    expect(rows.filter((r) => r.held).map((r) => r.meeting.id)).toEqual(held);
    expect(rows.find((r) => r.latest)?.meeting.id ?? null).toBe(latest);
  });
});

describe('boardMembersAt', () => {
  it.each([
    ['2023-11-30', false],
    ['2023-12-01', true],
  ])('on %s the undated statement of the latest source (after November 2023) reached: %s', (date, reached) => {
    const rows = boardMembersAt(data.board, placeOf(date), buildModel(data).knowledgeEnds);
    expect(rows.map((r) => [r.member.country, r.member.basis])).toEqual([['ROU', 'reported'], ['MNE', 'reported'], ['GRC', 'reported'], ['BGR', 'derived']]);
    expect(rows.every((r) => r.asOfReached === reached)).toBe(true);
  });
});
