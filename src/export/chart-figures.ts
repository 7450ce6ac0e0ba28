/**
 * The figures of the charts the page draws in HTML (the timeline, the Secretariat chart), framed
 * and ready to download. One module for both, loaded on demand by the toolbar: their shared
 * drawing code then travels in the same lazy chunk instead of a chunk of its own.
 */
import type { NetworkModel } from '../lib/model';
import { frameFigure } from './figure';
import { rotationFigure, type RotationFigureOptions } from './rotation-figure';
import { timelineFigure, type TimelineFigureOptions } from './timeline-figure';

export type ChartFigure = 'timeline' | 'rotation';

/** The chart as a framed figure, SVG text 1200 CSS pixels wide. */
export function chartFigureSvg(model: NetworkModel, kind: ChartFigure, options: TimelineFigureOptions & RotationFigureOptions): string {
  const { chart, text } = kind === 'timeline' ? timelineFigure(model, options) : rotationFigure(model, options);
  return frameFigure(chart, text);
}
