/**
 * The data as CSV tables for spreadsheets: members, meetings with their topics, Secretariat terms.
 * Fields are quoted as RFC 4180 asks; dates stay at the precision the sources give. The column
 * names are for machines: ASCII and the same in every language (the catalogues' `export.csv.…`, which
 * a test holds to the English); the rows are the data's (ids, dates, quotes as the sources give them),
 * with the names of countries, cities and themes in the page's language.
 */
import { cityName, countryName, dataText, meetingTitle, memberName, termOffice, type NetworkModel } from '../lib/model';
import { t } from '../i18n';

export type Table = 'members' | 'meetings' | 'secretariat';

/** Each column's name, by its English name. */
const COLUMNS = {
  id: 'export.csv.id',
  iso_numeric: 'export.csv.isoNumeric',
  name: 'export.csv.name',
  founding: 'export.csv.founding',
  reading: 'export.csv.reading',
  joined: 'export.csv.joined',
  event: 'export.csv.event',
  quote: 'export.csv.quote',
  sources: 'export.csv.sources',
  inferred: 'export.csv.inferred',
  inferred_from: 'export.csv.inferredFrom',
  kind: 'export.csv.kind',
  number: 'export.csv.number',
  title: 'export.csv.title',
  start: 'export.csv.start',
  end: 'export.csv.end',
  date_inferred: 'export.csv.dateInferred',
  place: 'export.csv.place',
  city: 'export.csv.city',
  country: 'export.csv.country',
  original_host: 'export.csv.originalHost',
  topic: 'export.csv.topic',
  themes: 'export.csv.themes',
  term: 'export.csv.term',
  office: 'export.csv.office',
  boundary: 'export.csv.boundary',
  date: 'export.csv.date',
} as const;
type Column = keyof typeof COLUMNS;

function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run it as a formula: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(columns: Column[], body: (string | number | boolean | null | undefined)[][]): string {
  const header = columns.map((c) => t(COLUMNS[c]));
  return [header, ...body].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(model: NetworkModel, table: Table): string {
  const data = model.data;
  const sourceList = (ids: readonly string[]) => ids.join(' ');
  if (table === 'members') {
    return rows(
      ['id', 'iso_numeric', 'name', 'founding', 'reading', 'joined', 'event', 'quote', 'sources', 'inferred', 'inferred_from'],
      data.members.flatMap((m) =>
        m.joined.map((j, i) => [m.id, m.isoNumeric, memberName(m), m.founding, i + 1, j.date, j.event ?? '', j.text, sourceList(j.sources), (j.inferred ? dataText(j.inferred.reason) : ''), sourceList(j.inferred?.sources ?? [])]),
      ),
    );
  }
  if (table === 'meetings') {
    return rows(
      ['id', 'kind', 'number', 'title', 'start', 'end', 'date_inferred', 'place', 'city', 'country', 'original_host', 'topic', 'themes', 'sources'],
      data.meetings.flatMap((m) => {
        const base = [
          m.id,
          m.kind,
          m.number,
          meetingTitle(m),
          m.when.start,
          m.when.end ?? '',
          m.when.inferred !== undefined,
          m.place.kind,
          m.place.kind === 'city' ? cityName(m.place.city) : '',
          m.place.kind === 'city' ? countryName(model.data, m.place.country) : '',
          m.originalHost ? countryName(model.data, m.originalHost.country) : '',
        ];
        if (!m.topics.length) return [[...base, '', '', sourceList(m.when.sources)]];
        return m.topics.map((topic) => [...base, topic.text, topic.themes.join(' '), sourceList([...new Set([...m.when.sources, ...topic.sources])])]);
      }),
    );
  }
  const start = t(COLUMNS.start);
  const end = t(COLUMNS.end);
  return rows(
    ['term', 'country', 'office', 'boundary', 'kind', 'date', 'event', 'quote', 'sources'],
    data.secretariat.terms.flatMap((term) => [
      ...term.from.map((f) => [term.id, countryName(model.data, term.country), termOffice(term) ?? '', start, f.kind, f.date, f.event ?? '', f.text, sourceList(f.sources)]),
      ...term.to.map((f) => [term.id, countryName(model.data, term.country), termOffice(term) ?? '', end, f.kind, f.date, f.event ?? '', f.text, sourceList(f.sources)]),
    ]),
  );
}
