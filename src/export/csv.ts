/**
 * The data as CSV tables for spreadsheets: members, meetings with their topics, Secretariat terms.
 * Fields are quoted as RFC 4180 asks; dates stay at the precision the sources give.
 */
import type { NetworkModel } from '../lib/model';

export type Table = 'members' | 'meetings' | 'secretariat';

function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would make a spreadsheet run it as a formula: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function rows(header: string[], body: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...body].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(model: NetworkModel, table: Table): string {
  const data = model.data;
  const sourceList = (ids: readonly string[]) => ids.join(' ');
  if (table === 'members') {
    return rows(
      ['id', 'iso_numeric', 'name', 'founding', 'reading', 'joined', 'event', 'quote', 'sources', 'inferred', 'inferred_from'],
      data.members.flatMap((m) =>
        m.joined.map((j, i) => [m.id, m.isoNumeric, m.name, m.founding, i + 1, j.date, j.event ?? '', j.text, sourceList(j.sources), j.inferred?.reason ?? '', sourceList(j.inferred?.sources ?? [])]),
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
          m.title,
          m.when.start,
          m.when.end ?? '',
          m.when.inferred !== undefined,
          m.place.kind,
          m.place.kind === 'city' ? m.place.city : '',
          m.place.kind === 'city' ? model.countryName(m.place.country) : '',
          m.originalHost ? model.countryName(m.originalHost.country) : '',
        ];
        if (!m.topics.length) return [[...base, '', '', sourceList(m.when.sources)]];
        return m.topics.map((t) => [...base, t.text, t.themes.join(' '), sourceList([...new Set([...m.when.sources, ...t.sources])])]);
      }),
    );
  }
  return rows(
    ['term', 'country', 'office', 'boundary', 'kind', 'date', 'event', 'quote', 'sources'],
    data.secretariat.terms.flatMap((t) => [
      ...t.from.map((f) => [t.id, model.countryName(t.country), t.office ?? '', 'start', f.kind, f.date, f.event ?? '', f.text, sourceList(f.sources)]),
      ...t.to.map((f) => [t.id, model.countryName(t.country), t.office ?? '', 'end', f.kind, f.date, f.event ?? '', f.text, sourceList(f.sources)]),
    ]),
  );
}
