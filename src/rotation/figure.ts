/** The Secretariat chart as a downloadable figure (loaded on demand by the toolbar). */
import { frameFigure, type FigureMaker } from '../export/figure';
import { rotationFigure } from '../export/rotation-figure';

export const figure: FigureMaker = (request) => {
  const { chart, text } = rotationFigure(request.model, request);
  return frameFigure(chart, text);
};
