/**
 * The time axis over a range of pixels, for the charts: the axis's own rule (`axis.fraction`, its
 * stops: the sources' period, then the short part after them), clamped, so a chart places a day where
 * the time control does (`axis.percent`). Not a d3 scale: d3-scale's linear scale brought d3-interpolate,
 * d3-color and d3-format with it (8.2 KB gzip of the views loaded later) for what is one line here.
 */
import type { TimeAxis } from './axis';
import type { Day } from '../dates/partial-date';

/** A day to its place in pixels; `invert` gives the day back, `range` the pixels of the axis's stops. */
export interface AxisScale {
  (day: Day): number;
  invert(x: number): Day;
  range(): number[];
}

/** `axisScale(axis, 40, 960)(day)`: a day's place between `from` and `to`; `.invert` gives the day back. */
export function axisScale(axis: TimeAxis, from: number, to: number): AxisScale {
  const scale = (day: Day) => from + axis.fraction(day) * (to - from);
  scale.invert = (x: number) => axis.dayAt(to === from ? 0 : (x - from) / (to - from));
  scale.range = () => axis.stops.at.map((f) => from + f * (to - from));
  return scale;
}
