/**
 * The timeline as a downloadable figure (loaded on demand by the toolbar): the page's own drawing
 * (Lanes.svg.svelte) at the figure's width, light, with its full legend and the words around it.
 */
import { CHART_WIDTH, sourcesLine, type FigureMaker, type FigureRequest, type FigureText } from '../export/figure';
import { offscreenFigure } from '../export/offscreen';
import { latestSentence, themeLabel } from '../lib/model';
import { formatDayAt } from '../lib/dates/partial-date';
import LanesSvg from './Lanes.svg.svelte';
import { lanesLayout, timelineLegend } from './lanes-layout';
import { timelineMarks } from './marks';
import { themeColor } from '../lib/ui/theme-color';
import { t } from '../i18n';

/** The words around the timeline at a day: what had happened by then, and how to read the marks. */
export function timelineFigureText({ model, day, precision, theme }: Pick<FigureRequest, 'model' | 'day' | 'precision' | 'theme'>): FigureText {
  const data = model.data;
  const at = model.at(day);
  const board = data.meetings.filter((m) => m.kind === 'board' && at.held.has(m.id)).length;
  const related = model.events.filter((e) => e.kind === 'related' && e.day <= day).length;
  const filter = theme ? model.theme(theme) : undefined;
  const parts = [
    t('timeline.figure.byDate', {
      meetings: t('timeline.figure.meetings', { n: at.counts.meetings }),
      board: t('timeline.figure.boardMeetings', { n: board }),
      related: t('timeline.figure.related', { n: related }),
      countries: t('timeline.figure.countries', { n: at.counts.countries }),
    }),
    latestSentence(model, at),
    t('timeline.figure.marks'),
    filter ? t('timeline.figure.ringed', { theme: themeLabel(filter).toLowerCase() }) : '',
  ];
  const ids = [
    ...data.meetings.flatMap((m) => [...m.when.sources, ...(m.place.kind === 'unknown' ? [] : m.place.sources), ...m.topics.flatMap((topic) => topic.sources)]),
    ...data.relatedEvents.flatMap((e) => e.sources),
    ...data.members.flatMap((m) => m.joined.flatMap((j) => j.sources)),
  ];
  return {
    title: t('timeline.figure.title'),
    date: formatDayAt(day, precision),
    caption: parts.filter(Boolean).join(' '),
    sources: sourcesLine(model, ids),
  };
}

export const figure: FigureMaker = (request) => {
  const { model, day, axis, theme } = request;
  const themes = model.data.themes;
  const legend = timelineLegend(themes, (id) => themeColor(themes, id), theme);
  const layout = lanesLayout(timelineMarks(model), axis, CHART_WIDTH, legend);
  return offscreenFigure(LanesSvg, { layout, day, themes, theme, selected: null, uid: 'figure', beyond: model.knowledgeEnds }, CHART_WIDTH, timelineFigureText(request));
};
