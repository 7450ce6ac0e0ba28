/** The timeline as a downloadable figure (loaded on demand by the toolbar). */
import { frameFigure, type FigureMaker } from '../export/figure';
import { timelineFigure } from '../export/timeline-figure';

export const figure: FigureMaker = (request) => {
  const { chart, text } = timelineFigure(request.model, request);
  return frameFigure(chart, text);
};
