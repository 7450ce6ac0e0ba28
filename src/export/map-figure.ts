/** The words around the map when it is exported as a figure: title, date, caption, sources, notes. */
import { sourcesLine, type FigureText } from './figure';
import { latestSentence, membersSentence, type NetworkModel } from '../lib/model';
import { formatDayAt, type Day, type Precision } from '../lib/dates/partial-date';

export function mapFigureText(model: NetworkModel, day: Day, precision: Precision): FigureText {
  const data = model.data;
  const at = model.at(day);
  const latest = latestSentence(at);
  return {
    title: 'Member countries of the Permanent Conference of Organised Crime Prosecutors',
    date: formatDayAt(day, precision),
    caption: `${membersSentence(at)}${latest ? ` ${latest}` : ''}${at.counts.disputed ? ' Hatched: the sources disagree on when it joined.' : ''}`,
    sources: sourcesLine(data, at.members.flatMap((m) => m.joined.flatMap((j) => j.sources))),
    notes: [`* ${data.cartography.kosovo.footnote.text}`, data.cartography.disclaimer.text],
  };
}
