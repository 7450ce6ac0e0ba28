/**
 * The one time axis: its start and end, a day's place along it, and its year ticks. The time control,
 * the timeline's lanes, the Secretariat chart, the stage's strip and the figures all place days on it
 * (the charts through `axisScale`, the same rule over their pixels), so a day sits at the same fraction
 * of every chart on the same clock. This module stays small: it is part of the first view, the charts are not.
 *
 * The sources date nothing after their latest fact; the axis still runs to today, so the reader can
 * reach every date. The time after the sources is a short segment at the end, at most
 * `AFTER_SOURCES_SHARE` of the axis, after a break: two straight segments, one rule (`stops`).
 */
import { dayFromParts, dayToDate, placeOf, type Day } from '../dates/partial-date';

/** Where the time axis starts: May 2016, the month the Declaration of Intent was signed. */
export const AXIS_START: Day = placeOf('2016-05');

/** The most of any axis the time after the sources takes (their own period has the rest). */
export const AFTER_SOURCES_SHARE = 0.06;

export interface TimeAxis {
  readonly start: Day;
  readonly end: Day;
  /** Where the sources' knowledge ends (the day after their latest dated fact), if before the axis's end. */
  readonly sourcesEnd: Day | null;
  /** True where the time after the sources is drawn shorter than it is: the axis has a break at `sourcesEnd`. */
  readonly broken: boolean;
  /** The mapping's stops: days and their fractions of the axis, increasing (two points, or three with a break). */
  readonly stops: { readonly days: readonly Day[]; readonly at: readonly number[] };
  /** The axis's length in days at the scale of the sources' period (its length in days where it has no break). */
  readonly length: number;
  /** A day to its place, 0 at the start to 1 at the end, clamped. */
  fraction(day: Day): number;
  /** A place (0 to 1, clamped) back to its day, rounded to a whole day. */
  dayAt(fraction: number): Day;
  /** A day to its place in percent of the axis (0 at the start, 100 at the end), clamped. */
  percent(day: Day): number;
  /** The first day of every year on the axis, after its start and before a break (none crowd the short part). */
  readonly years: readonly { readonly year: number; readonly day: Day }[];
  /** Where the axis has a break: today's year at its end, the one label of the short part. */
  readonly today: { readonly year: number; readonly day: Day } | null;
}

/**
 * Where the stops of an axis from `start` to `end` are, the sources ending at `sourcesEnd`, the run after
 * them taking at most `share` of the track. It stands alone (no imports, no closures): an embed's page
 * places its day with it too, its source written into the page (`build/embed-pages.ts`).
 */
export function axisStops(start: Day, end: Day, sourcesEnd: Day | null, share: number): TimeAxis['stops'] {
  const length = Math.max(1, end - start);
  if (sourcesEnd === null || sourcesEnd <= start || sourcesEnd >= end) return { days: [start, start + length], at: [0, 1] };
  const after = Math.min((end - sourcesEnd) / length, share);
  return { days: [start, sourcesEnd, end], at: [0, 1 - after, 1] };
}

/** Piecewise-linear interpolation from `xs` to `ys` (both increasing), clamped at both ends. Stands alone, as `axisStops`. */
export function piecewise(xs: readonly number[], ys: readonly number[], value: number): number {
  if (value <= xs[0]!) return ys[0]!;
  for (let i = 1; i < xs.length; i++) {
    if (value <= xs[i]!) return ys[i - 1]! + ((value - xs[i - 1]!) / (xs[i]! - xs[i - 1]!)) * (ys[i]! - ys[i - 1]!);
  }
  return ys.at(-1)!;
}

export function timeAxis(start: Day, end: Day, sourcesEnd: Day | null = null): TimeAxis {
  const stops = axisStops(start, end, sourcesEnd, AFTER_SOURCES_SHARE);
  const broken = stops.days.length === 3 && stops.at[1]! > (stops.days[1]! - start) / (end - start) + 1e-9;
  const fraction = (day: Day) => piecewise(stops.days, stops.at, day);
  const years = yearTicks(start, end).filter((y) => !broken || y.day < stops.days[1]!);
  return {
    start,
    end,
    sourcesEnd: stops.days.length === 3 ? stops.days[1]! : null,
    broken,
    stops,
    length: (stops.days[1]! - start) / stops.at[1]!,
    fraction,
    dayAt: (f) => Math.round(piecewise(stops.at, stops.days, f)),
    percent: (day) => fraction(day) * 100,
    years,
    today: broken ? { year: dayToDate(end).getUTCFullYear(), day: end } : null,
  };
}

/** The first day of every year within [start, end], for the axis ticks. */
export function yearTicks(start: Day, end: Day): { year: number; day: Day }[] {
  const from = dayToDate(start).getUTCFullYear();
  const to = dayToDate(end).getUTCFullYear();
  const ticks: { year: number; day: Day }[] = [];
  for (let y = from; y <= to; y++) {
    const day = dayFromParts(y, 1, 1);
    if (day >= start && day <= end) ticks.push({ year: y, day });
  }
  return ticks;
}

/**
 * The axis's labelled ticks: the years of the sources' period and, after a break, today's year at the
 * very end (`end`), unless the sources' period labels that year already (sources that reach into this year).
 */
export function axisLabels(axis: TimeAxis): { year: number; day: Day; end: boolean }[] {
  const years = axis.years.map((y) => ({ ...y, end: false }));
  const today = axis.today;
  return today && !years.some((y) => y.year === today.year) ? [...years, { ...today, end: true }] : years;
}
