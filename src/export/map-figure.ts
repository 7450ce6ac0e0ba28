/** The words around the map when it is exported as a figure: title, date, caption, sources, notes. */
import type { Dataset } from '../lib/data/schema';
import { sourcesLine, type FigureText } from './figure';
import { countsAt, latestEventsAt, membersAt, timelineEvents } from '../lib/selectors';
import { formatDayAt, formatPartialDate, type Day, type Precision } from '../lib/dates/partial-date';

export function mapFigureText(data: Dataset, day: Day, precision: Precision): FigureText {
  const counts = countsAt(data, day);
  const members = membersAt(data, day);
  const latest = latestEventsAt(timelineEvents(data), day);
  const names = members.map((m) => m.name).join(', ');
  return {
    title: 'Member countries of the Permanent Conference of Organised Crime Prosecutors',
    date: formatDayAt(day, precision),
    caption: `${counts.countries} member ${counts.countries === 1 ? 'country' : 'countries'}${names ? `: ${names}` : ''}.${
      latest.length ? ` Latest: ${formatPartialDate(latest[0]!.date)}, ${latest.map((e) => e.label).join('; ')}.` : ''
    }${counts.disputed ? ' Hatched: the sources disagree on when it joined.' : ''}`,
    sources: sourcesLine(data, members.flatMap((m) => m.joined.flatMap((j) => j.sources))),
    notes: [`* ${data.cartography.kosovo.footnote.text}`, data.cartography.disclaimer.text],
  };
}
