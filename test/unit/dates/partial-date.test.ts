import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayToIso,
  formatPartialDate,
  formatPartialRange,
  isWithin,
  lastDayOf,
  parsePartialDate,
  placeOf,
} from '../../../src/lib/dates/partial-date';

describe('parsePartialDate', () => {
  it.each([
    ['2016', { year: 2016, precision: 'year' }],
    ['2017-03', { year: 2017, month: 3, precision: 'month' }],
    ['2016-05-26', { year: 2016, month: 5, day: 26, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
  ])('reads %s', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each(['', '16', '2017-13', '2017-00', '2023-02-29', '2017-3', '2017-03-1', '2017/03', '2017-03-01T00:00', ' 2017'])(
    'refuses %j',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );
});

describe('placement on the time axis', () => {
  it.each([
    ['2017', '2017-01-01', '2017-12-31'],
    ['2017-03', '2017-03-01', '2017-03-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2016-05-26', '2016-05-26', '2016-05-26'],
  ])('%s covers %s to %s and is placed on its first day', (text, first, last) => {
    expect(dayToIso(placeOf(text))).toBe(first);
    expect(dayToIso(lastDayOf(text))).toBe(last);
  });

  it('knows when one period lies inside another', () => {
    expect(isWithin('2019-06-04', '2019-06')).toBe(true);
    expect(isWithin('2019-06', '2019')).toBe(true);
    expect(isWithin('2019-07-01', '2019-06')).toBe(false);
    expect(isWithin('2019', '2019-06')).toBe(false);
  });
});

describe('formatting at the precision the source gives', () => {
  it.each([
    ['2016-05-26', '26 May 2016'],
    ['2017-03', 'March 2017'],
    ['2018', '2018'],
  ])('%s → %s', (text, words) => {
    expect(formatPartialDate(text)).toBe(words);
  });

  it('shortens ranges as people write them', () => {
    // ICU versions differ on the spaces around the dash; the words must not.
    expect(formatPartialRange('2017-10-12', '2017-10-13')).toMatch(/^12\s*–\s*13 October 2017$/u);
    expect(formatPartialRange('2021-04-27')).toBe('27 April 2021');
    expect(formatPartialRange('2021-04-27', '2021-04-27')).toBe('27 April 2021');
  });
});

describe('addMonths', () => {
  it.each([
    ['2019-06-15', 1, '2019-07-15'],
    ['2019-01-31', 1, '2019-02-28'],
    ['2019-12-10', 1, '2020-01-10'],
    ['2020-01-10', -1, '2019-12-10'],
    ['2020-03-31', -13, '2019-02-28'],
  ])('%s %+d month(s) → %s', (from, months, to) => {
    expect(dayToIso(addMonths(placeOf(from), months))).toBe(to);
  });
});
