/**
 * The theme chart as a downloadable figure (loaded on demand by the toolbar): its drawing
 * (Themes.svg.svelte) at the figure's width, light, with its legend and the words around it.
 */
import { CHART_WIDTH, sourcesLine, type FigureMaker, type FigureRequest, type FigureText } from '../export/figure';
import { offscreenFigure } from '../export/offscreen';
import { formatDayAt, placeOf } from '../lib/dates/partial-date';
import ThemesSvg from './Themes.svg.svelte';
import { themesLayout } from './layout';
import { t } from '../i18n';

/** The words around the chart: how many of the meetings with topics had been held by the day. */
export function themesFigureText({ model, day, precision }: Pick<FigureRequest, 'model' | 'day' | 'precision'>): FigureText {
  const data = model.data;
  const withTopics = data.meetings.filter((m) => m.topics.length > 0);
  const held = withTopics.filter((m) => placeOf(m.when.start) <= day).length;
  return {
    title: t('themes.title'),
    date: formatDayAt(day, precision),
    caption: t('themes.figure.caption', { held, total: withTopics.length }),
    sources: sourcesLine(model, withTopics.flatMap((m) => [...m.when.sources, ...m.topics.flatMap((topic) => topic.sources)])),
  };
}

export const figure: FigureMaker = (request) => {
  const layout = themesLayout(request.model, CHART_WIDTH, request.day);
  return offscreenFigure(ThemesSvg, { layout, theme: request.theme }, CHART_WIDTH, themesFigureText(request));
};
