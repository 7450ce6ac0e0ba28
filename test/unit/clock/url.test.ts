import { describe, expect, it } from 'vitest';
import { readDate, readState, writeDate, writeState } from '../../../src/lib/clock/url';
import { dayToIso, lastDayOf, placeOf } from '../../../src/lib/dates/partial-date';
import { VIEW_IDS as EMBEDS } from '../../../src/views';

const MIN = placeOf('2016-05');
const MAX = placeOf('2026-11-23');

describe('readDate', () => {
  it.each([
    ['?date=2019-06-15', '2019-06-15', 'day'],
    // A month or a year stands for the state at its end: everything in it has happened.
    ['?date=2019-06', '2019-06-30', 'month'],
    ['?date=2019', '2019-12-31', 'year'],
    ['?date=2020-02', '2020-02-29', 'month'],
    ['?date=2016-05', '2016-05-31', 'month'],
    ['?date=2016', '2016-12-31', 'year'],
    ['?foo=1&date=2020-02-29', '2020-02-29', 'day'],
    ['?date=2010-01-01', '2016-05-01', 'day'],
    ['?date=2099', '2026-11-23', 'day'],
    // The current year's end is after the axis's end (today): the clock shows today, at day precision.
    ['?date=2026', '2026-11-23', 'day'],
  ])('%s → %s at %s precision', (search, iso, precision) => {
    const date = readDate(search, MIN, MAX);
    expect(date && dayToIso(date.day)).toBe(iso);
    expect(date?.precision).toBe(precision);
  });

  it.each(['', '?date=', '?date=2019-13', '?date=<script>', '?date=1e9', '?date=2019-02-30', '?dates=2019'])('ignores %j', (search) => {
    expect(readDate(search, MIN, MAX)).toBeNull();
  });
});

describe('writeDate', () => {
  it('writes at the given precision and keeps every other parameter', () => {
    expect(writeDate('?a=1&date=2017&b=2', { day: placeOf('2019-06-15'), precision: 'day' })).toBe('?a=1&date=2019-06-15&b=2');
    expect(writeDate('', { day: placeOf('2019-06-15'), precision: 'month' })).toBe('?date=2019-06');
    expect(writeDate('?x=%3Cy%3E', { day: placeOf('2019-06-15'), precision: 'year' })).toBe('?x=%3Cy%3E&date=2019');
  });

  it('round-trips with readDate', () => {
    for (const text of ['2016-05-26', '2019-06', '2021']) {
      const read = readDate(`?date=${text}`, MIN, MAX)!;
      expect(writeDate('', read)).toBe(`?date=${text}`);
    }
  });
});

describe('readState and writeState', () => {
  const base = { date: null, selection: null, theme: null, embed: null, controls: true, look: null, present: false } as const;

  it.each([
    ['', base],
    ['?sel=meeting:meeting-5', { ...base, selection: { kind: 'meeting', id: 'meeting-5' } }],
    ['?sel=member:GRC&theme=financial', { ...base, selection: { kind: 'member', id: 'GRC' }, theme: 'financial' }],
    ['?embed=map&controls=0', { ...base, embed: 'map', controls: false }],
    ['?look=contrast&present=1', { ...base, look: 'contrast', present: true }],
  ])('%s', (search, expected) => {
    expect(readState(search, MIN, MAX, EMBEDS)).toEqual(expected);
  });

  it.each([
    '?sel=meeting',
    '?sel=planet:mars',
    '?sel=meeting:<script>',
    '?sel=meeting:a:b',
    '?theme=%3Cb%3E',
    '?embed=everything',
    '?look=neon',
    '?present=yes',
  ])('ignores the malformed %s and keeps the defaults', (search) => {
    expect(readState(`${search}&date=2019`, MIN, MAX, EMBEDS)).toEqual({ ...base, date: { day: lastDayOf('2019'), precision: 'year' } });
  });

  it('round-trips every state it writes, keeping unknown parameters', () => {
    const states = [
      { ...base, date: { day: placeOf('2019-06-15'), precision: 'day' as const }, selection: { kind: 'meeting' as const, id: 'meeting-5' }, theme: 'terrorism' },
      { ...base, embed: 'timeline' as const, controls: false, look: 'dark' as const },
      { ...base, present: true, date: { day: lastDayOf('2023-11'), precision: 'month' as const } },
    ];
    for (const state of states) {
      const search = writeState('?utm=x', state);
      expect(new URLSearchParams(search).get('utm')).toBe('x');
      expect(readState(search, MIN, MAX, EMBEDS)).toEqual(state);
    }
  });
});
