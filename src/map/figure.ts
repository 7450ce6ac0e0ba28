/** The member map as a downloadable figure (loaded on demand by the toolbar). */
import { figureSvg, type FigureMaker } from '../export/figure';
import { mapFigureText } from '../export/map-figure';

export const figure: FigureMaker = (request) => {
  // The map is drawn in stacked layers: the map itself, the members' fills, the lines and labels.
  const layers = [...document.querySelectorAll<SVGSVGElement>('#map svg.map-svg, #map svg.map-layer')];
  if (!layers.length) throw new Error('The map is not drawn yet');
  return figureSvg(layers, mapFigureText(request.model, request.day, request.precision));
};
