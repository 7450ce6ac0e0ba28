/**
 * The one time axis: its start and end, the scale from a day to a share of its length, and its year
 * ticks. The time control, the timeline's lanes, the Secretariat chart and the figures all place
 * days with it, so a day sits at the same fraction of every chart on the same clock.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { dayFromParts, dayToDate, placeOf, type Day } from '../dates/partial-date';

/** Where the time axis starts: May 2016, the month the Declaration of Intent was signed. */
export const AXIS_START: Day = placeOf('2016-05');

export interface TimeAxis {
  readonly start: Day;
  readonly end: Day;
  /** A day to its place in percent of the axis (0 at the start, 100 at the end), clamped. */
  readonly percent: ScaleLinear<number, number>;
  /** The first day of every year on the axis (after its start), for the ticks. */
  readonly years: readonly { readonly year: number; readonly day: Day }[];
  /** The same axis over a range of pixels: `axis.over(40, 960)(day)`. */
  over(from: number, to: number): ScaleLinear<number, number>;
}

export function timeAxis(start: Day, end: Day): TimeAxis {
  const percent = scaleLinear().domain([start, end]).range([0, 100]).clamp(true);
  return { start, end, percent, years: yearTicks(start, end), over: (from, to) => percent.copy().range([from, to]) };
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
