/**
 * The time axis over a range of pixels, for the charts: a d3 linear scale over the axis's own stops
 * (the sources' period, then the short part after them), clamped, so a chart places a day where the
 * time control does (`axis.percent`).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { TimeAxis } from './axis';

/** `axisScale(axis, 40, 960)(day)`: a day's place between `from` and `to`; `.invert` gives the day back. */
export function axisScale(axis: TimeAxis, from: number, to: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([...axis.stops.days])
    .range(axis.stops.at.map((f) => from + f * (to - from)))
    .clamp(true);
}
