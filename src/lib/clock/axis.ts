/**
 * The one time axis: its start and end, a day's share of its length, and its year ticks. The time
 * control, the timeline's lanes, the Secretariat chart and the figures all place days on it (the
 * charts through `axisScale`, a d3 scale over the same domain), so a day sits at the same fraction of
 * every chart on the same clock. This module stays small: it is part of the first view, the charts are not.
 */
import { dayFromParts, dayToDate, placeOf, type Day } from '../dates/partial-date';

/** Where the time axis starts: May 2016, the month the Declaration of Intent was signed. */
export const AXIS_START: Day = placeOf('2016-05');

export interface TimeAxis {
  readonly start: Day;
  readonly end: Day;
  /** A day to its place in percent of the axis (0 at the start, 100 at the end), clamped. */
  percent(day: Day): number;
  /** The first day of every year on the axis (after its start), for the ticks. */
  readonly years: readonly { readonly year: number; readonly day: Day }[];
}

export function timeAxis(start: Day, end: Day): TimeAxis {
  const length = Math.max(1, end - start);
  return { start, end, percent: (day) => Math.min(100, Math.max(0, ((day - start) / length) * 100)), years: yearTicks(start, end) };
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
