import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';
import { buildModel, placeText } from '../../../src/lib/model';
import { meetingPeriod } from '../../../src/lib/model/rules';
import { yearTicks } from '../../../src/lib/clock/axis';
import { shortTitle, timelineMarks } from '../../../src/timeline/marks';
import { stackRows } from '../../../src/lib/text/place';
import { themeMatrix } from '../../../src/themes/layout';

const data = realDataset();
const frozen = JSON.stringify(data);
const meeting = (id: string) => data.meetings.find((m) => m.id === id)!;
const model = buildModel(data);
const meetingsWithTheme = (id: string) => data.meetings.filter((m) => m.topics.some((t) => t.themes.includes(id)));

describe('timelineMarks', () => {
  const marks = timelineMarks(model);

  it('puts the nine numbered meetings in order in the meetings lane', () => {
    const lane = marks.filter((m) => m.lane === 'meetings');
    expect(lane.map((m) => m.badge)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(lane.map((m) => m.caption)).toEqual(['date and place not given', 'place not given', 'Rome', 'Skopje', 'Bucharest', 'online', 'online', 'online', 'Belgrade']);
  });

  it('marks only the first meeting as inferred, spanning 2016 up to the day before the second', () => {
    const first = marks.find((m) => m.id === 'meeting-1')!;
    expect(marks.filter((m) => m.inferred).map((m) => m.id)).toEqual(['meeting-1']);
    expect([dayToIso(first.first), dayToIso(first.last)]).toEqual(['2016-01-01', '2016-10-31']);
  });

  it.each([
    ['board', ['board-2023']],
    ['related', ['socta-2016', 'iproceeds-2022']],
    ['joinings', ['declaration-2016', 'join-HUN', 'join-GRC', 'join-AUT']],
  ])('lane %s holds %j in time order', (lane, ids) => {
    expect(marks.filter((m) => m.lane === lane).map((m) => m.id)).toEqual(ids);
  });

  it.each([
    ['join-HUN', '2017-03-01', '2017-10-12', true],
    ['join-GRC', '2019-06-04', '2019-06-04', false],
    ['join-AUT', '2023-11-01', '2023-11-30', false],
    ['meeting-2', '2016-11-01', '2016-11-30', false],
    ['meeting-3', '2017-10-12', '2017-10-13', false],
  ])('%s spans %s to %s (disputed: %s)', (id, first, last, disputed) => {
    const m = marks.find((x) => x.id === id)!;
    expect([dayToIso(m.first), dayToIso(m.last), m.disputed]).toEqual([first, last, disputed]);
  });

  it('selects meetings and members, not related events', () => {
    expect(marks.find((m) => m.id === 'meeting-5')!.selection).toEqual({ kind: 'meeting', id: 'meeting-5' });
    expect(marks.find((m) => m.id === 'join-GRC')!.selection).toEqual({ kind: 'member', id: 'GRC' });
    expect(marks.find((m) => m.id === 'socta-2016')!.selection).toBeNull();
  });

  it('gives each meeting mark exactly the themes of its topics', () => {
    for (const theme of data.themes) {
      const withTheme = marks.filter((m) => m.lane === 'meetings' || m.lane === 'board').filter((m) => m.themes.includes(theme.id));
      expect(withTheme.map((m) => m.id).sort()).toEqual(meetingsWithTheme(theme.id).map((m) => m.id).sort());
    }
  });

  it('does not mutate the dataset', () => {
    timelineMarks(model);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});

describe('placeText', () => {
  it.each([
    ['meeting-3', 'Rome, Italy'],
    ['meeting-6', 'Online'],
    ['meeting-2', 'No source gives the place'],
    ['meeting-9', 'Belgrade, Serbia (original host: Montenegro)'],
    ['board-2023', 'Sofia, Bulgaria'],
  ])('%s is "%s"', (id, text) => {
    expect(placeText(data, meeting(id))).toBe(text);
  });
});

describe('meetingPeriod', () => {
  it.each([
    ['meeting-9', '2023-02-22', '2023-02-23'],
    ['meeting-2', '2016-11-01', '2016-11-30'],
    ['meeting-1', '2016-01-01', '2016-10-31'],
    ['board-2023', '2023-11-01', '2023-11-30'],
  ])('%s: %s to %s', (id, first, last) => {
    const p = meetingPeriod(meeting(id), data.meetings);
    expect([dayToIso(p.first), dayToIso(p.last)]).toEqual([first, last]);
  });
});

describe('stackRows', () => {
  it.each([
    [[], []],
    [[{ pos: 10, size: 4 }], [0]],
    [[{ pos: 10, size: 4 }, { pos: 20, size: 4 }], [0, 0]],
    [[{ pos: 10, size: 4 }, { pos: 12, size: 4 }, { pos: 14, size: 4 }], [0, 1, 0]],
    [[{ pos: 14, size: 4 }, { pos: 10, size: 4 }, { pos: 12, size: 4 }], [0, 0, 1]], // order of input kept
    [[{ pos: 10, size: 10 }, { pos: 11, size: 2 }, { pos: 12, size: 2 }], [0, 1, 2]],
  ])('%j → %j', (items, rows) => {
    const copy = JSON.stringify(items);
    expect(stackRows(items)).toEqual(rows);
    expect(JSON.stringify(items)).toBe(copy);
  });
});

describe('yearTicks', () => {
  it.each([
    ['2016-01-01', '2018-06-01', [2016, 2017, 2018]],
    ['2016-05-01', '2018-01-01', [2017, 2018]],
    ['2016-05-01', '2016-12-31', []],
  ])('%s to %s', (a, b, years) => {
    expect(yearTicks(placeOf(a), placeOf(b)).map((t) => t.year)).toEqual(years);
  });
});

describe('shortTitle', () => {
  it.each([
    ['iPROCEEDS-2 conference: criminal justice authorities', 'iPROCEEDS-2 conference'],
    ['Conference promoting the Regional Serious and Organized Crime Threat Assessment (SOCTA)', 'SOCTA'],
    ['A very long title without any abbreviation at all', 'A very long title witho…'],
  ])('%s → %s', (title, short) => expect(shortTitle(title)).toBe(short));
});


describe('themeMatrix', () => {
  const { columns, rows } = themeMatrix(model);

  it('has one column per meeting with topics, in time order', () => {
    expect(columns.map((m) => m.id)).toEqual(['meeting-3', 'meeting-4', 'meeting-5', 'meeting-6', 'meeting-7', 'meeting-8', 'meeting-9']);
  });

  it.each([
    ['terrorism', [2, 1, 1, 0, 0, 0, 1], 4, 5],
    ['financial', [0, 1, 1, 2, 0, 0, 1], 4, 5],
    ['cybercrime', [0, 0, 0, 0, 0, 0, 1], 1, 1],
    ['governance', [0, 0, 0, 0, 3, 1, 0], 2, 4],
  ])('%s: %j per meeting, %i meetings, %i topics', (id, cells, meetings, topics) => {
    const row = rows.find((r) => r.themeId === id)!;
    expect([row.cells.map((c) => c.topics), row.meetings, row.topics]).toEqual([cells, meetings, topics]);
    expect(row.meetings).toBe(meetingsWithTheme(id).length);
  });

  it('does not mutate the dataset', () => {
    themeMatrix(model);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});
