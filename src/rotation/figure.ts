/**
 * The Secretariat chart as a downloadable figure (loaded on demand by the toolbar): the page's own
 * drawing (Secretariat.svg.svelte) at the figure's width, light, with the words around it.
 */
import { CHART_WIDTH, sourcesLine, type FigureMaker, type FigureRequest, type FigureText } from '../export/figure';
import { offscreenFigure } from '../export/offscreen';
import { boardSentence, chairSentence } from './words';
import { formatDayAt } from '../lib/dates/partial-date';
import SecretariatSvg from './Secretariat.svg.svelte';
import { labelledTerms, secretariatLayout } from './layout';
import { t } from '../i18n';

/** The words around the chart: who chaired on the day, and the Executive Board. */
export function rotationFigureText({ model, day, precision }: Pick<FigureRequest, 'model' | 'day' | 'precision'>): FigureText {
  const data = model.data;
  const at = model.at(day);
  const ids = [
    ...model.terms.flatMap((b) => b.milestones.flatMap((m) => m.milestone.sources)),
    ...(at.chair.length === 0 ? data.secretariat.created.sources : []),
    ...data.board.established.flatMap((r) => r.sources),
    ...(at.board === 'not-yet' ? [] : data.board.members.flatMap((m) => m.sources)),
  ];
  return {
    title: t('rotation.figure.title'),
    date: formatDayAt(day, precision),
    caption: `${chairSentence(model, at)} ${boardSentence(model, at, day)}`,
    sources: sourcesLine(model, ids),
  };
}

export const figure: FigureMaker = (request) => {
  const { model, day, axis } = request;
  const layout = secretariatLayout(labelledTerms(model), model.handoverGaps, axis, CHART_WIDTH, model.knowledgeEnds);
  return offscreenFigure(SecretariatSvg, { layout, day, holders: model.at(day).chair, selected: null, uid: 'figure' }, CHART_WIDTH, rotationFigureText(request));
};
