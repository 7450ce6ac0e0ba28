/**
 * The member map as a downloadable figure (loaded on demand by the toolbar): the page's own map
 * component drawn off screen at the figure's size, light, with the words around it.
 */
import { CHART_WIDTH, sourcesLine, type FigureMaker, type FigureText } from '../export/figure';
import { offscreenFigure } from '../export/offscreen';
import { latestSentence, mapNotes, membersSentence, type NetworkModel } from '../lib/model';
import { formatDayAt, type Day, type Precision } from '../lib/dates/partial-date';
import { loadLayout } from './geometry/query';
import MapFigure from './MapFigure.svelte';
import { t } from '../i18n';

/** The words around the map: title, date, what it shows, its sources and its notes. */
export function mapFigureText(model: NetworkModel, day: Day, precision: Precision): FigureText {
  const at = model.at(day);
  const latest = latestSentence(model, at);
  const notes = mapNotes(model.data);
  return {
    title: t('map.figure.title'),
    date: formatDayAt(day, precision),
    caption: `${membersSentence(at)}${latest ? ` ${latest}` : ''}${at.counts.disputed ? ` ${t('map.figure.hatched')}` : ''}`,
    sources: sourcesLine(model, at.members.flatMap((m) => m.joined.flatMap((j) => j.sources))),
    notes: [`* ${notes.footnote}`, notes.disclaimer],
  };
}

export const figure: FigureMaker = async ({ model, day, precision }) => {
  const layout = await loadLayout('wide');
  const [width, height] = [CHART_WIDTH, Math.round((CHART_WIDTH * 3) / 4)];
  return offscreenFigure(MapFigure, { model, layout, day, width, height }, width, mapFigureText(model, day, precision));
};
