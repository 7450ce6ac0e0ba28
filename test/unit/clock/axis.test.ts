import { describe, expect, it } from 'vitest';
import { AFTER_SOURCES_SHARE, axisLabels, timeAxis, type TimeAxis } from '../../../src/lib/clock/axis';
import { axisScale } from '../../../src/lib/clock/axis-scale';
import { placeOf } from '../../../src/lib/dates/partial-date';

const START = placeOf('2016-05');
/** The day after the latest dated fact of today's data: December 2023. */
const SOURCES_END = placeOf('2023-12-01');

/** What the mapping must do for each axis: [what, end (today), sources' end, share of the sources' period, broken]. */
const CASES: [string, string, number | null, number, boolean][] = [
  ['today, three years after the sources', '2026-12-07', SOURCES_END, 1 - AFTER_SOURCES_SHARE, true],
  ['twenty years after the sources', '2046-01-01', SOURCES_END, 1 - AFTER_SOURCES_SHARE, true],
  ['a month after the sources: no break, one straight axis', '2024-01-01', SOURCES_END, (SOURCES_END - START) / (placeOf('2024-01-01') - START), false],
  ['the sources not yet known (before the data loads)', '2026-12-07', null, 1, false],
  ['the sources reaching the end of the axis', '2023-06-01', SOURCES_END, 1, false],
];

describe('timeAxis: the sources have the width, the time since a short part after a break', () => {
  it.each(CASES)('%s', (_what, today, sourcesEnd, share, broken) => {
    const end = placeOf(today);
    const axis: TimeAxis = timeAxis(START, end, sourcesEnd);
    expect(axis.broken).toBe(broken);
    const atSourcesEnd = sourcesEnd !== null && sourcesEnd < end ? axis.fraction(sourcesEnd) : 1;
    expect(atSourcesEnd).toBeCloseTo(share, 9);
    // The sources' period has at least 92 % of the axis; the time after them at most 8 %.
    expect(atSourcesEnd).toBeGreaterThanOrEqual(0.92);
    expect(1 - atSourcesEnd).toBeLessThanOrEqual(0.08);
    // From the start to today, clamped outside.
    expect(axis.fraction(START)).toBe(0);
    expect(axis.fraction(end)).toBe(1);
    expect(axis.fraction(START - 400)).toBe(0);
    expect(axis.fraction(end + 400)).toBe(1);
    expect(axis.percent(end)).toBe(100);
    // Monotonic, and every day comes back from its place (a pixel of the track back to its day).
    let last = -1;
    for (let day = START; day <= end; day++) {
      const f = axis.fraction(day);
      expect(f).toBeGreaterThan(last);
      last = f;
      expect(axis.dayAt(f)).toBe(day);
    }
    expect(axis.dayAt(0)).toBe(START);
    expect(axis.dayAt(1)).toBe(end);
    // The charts' scale is the same rule over their pixels, and inverts to the same days.
    const x = axisScale(axis, 40, 1040);
    for (const day of [START, START + 100, SOURCES_END - 1, SOURCES_END, SOURCES_END + 200, end]) {
      expect(x(day)).toBeCloseTo(40 + 1000 * axis.fraction(day), 6);
      expect(Math.round(x.invert(x(day)))).toBe(Math.min(day, end));
    }
  });

  it('labels the years of the sources, and after a break only today\'s year at the end', () => {
    const broken = timeAxis(START, placeOf('2026-12-07'), SOURCES_END);
    expect(axisLabels(broken).map((l) => [l.year, l.end])).toEqual([
      [2017, false], [2018, false], [2019, false], [2020, false], [2021, false], [2022, false], [2023, false], [2026, true],
    ]);
    expect(axisLabels(broken).at(-1)!.day).toBe(broken.end);
    const straight = timeAxis(START, placeOf('2026-12-07'));
    expect(axisLabels(straight).map((l) => l.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('labels today\'s year once where the sources reach into it (data added in the editor)', () => {
    const axis = timeAxis(START, placeOf('2026-12-07'), placeOf('2026-04-09'));
    const years = axisLabels(axis).map((l) => l.year);
    expect(years.at(-1)).toBe(2026);
    expect(new Set(years).size).toBe(years.length);
  });

  it('keeps the sources\' period at its own scale: `length` is the axis in days at that scale', () => {
    const axis = timeAxis(START, placeOf('2026-12-07'), SOURCES_END);
    expect(axis.length * axis.fraction(SOURCES_END)).toBeCloseTo(SOURCES_END - START, 6);
    expect(timeAxis(START, SOURCES_END).length).toBe(SOURCES_END - START);
  });
});
