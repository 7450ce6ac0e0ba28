/**
 * Partial dates: a date known to the year, the month or the day, never a midnight timestamp that
 * pretends to know more than the source says.
 *
 * On the time axis every date is a whole UTC day number (days since 1970-01-01), so nothing here
 * depends on the viewer's time zone. A partial date covers a period of days:
 *   "2017"       → 1 January 2017 … 31 December 2017
 *   "2017-03"    → 1 March 2017 … 31 March 2017
 *   "2016-05-26" → that day
 * It is *placed* on the axis at the first day of its period (the earliest day the source allows).
 */
import { currentLanguage, t } from '../../i18n/index.ts';

export type Precision = 'year' | 'month' | 'day';

/** An ISO 8601 date cut to the precision the source gives: "2016", "2016-05" or "2016-05-26". */
export type PartialDateString = string;

export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: Precision;
}

/** A whole day since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is not a real calendar date. It stands
 * alone (no imports, no closures), as `periodOf` does: an embed's page reads its `?date=` with them
 * (`readDateWith` in lib/clock/url.ts), their source written into the page (`build/embed-pages.ts`).
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  // Day 0 of the next month is the last of this one.
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayFromParts(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayToDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

export function dayFromDate(date: Date): Day {
  return dayFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "2019-06-15" for a day number. */
export function dayToIso(day: Day): string {
  return dayToDate(day).toISOString().slice(0, 10);
}

/** The first and last day a partial date covers (both inclusive). Stands alone, as `parsePartialDate`. */
export function periodOf(date: PartialDate): { first: Day; last: Day } {
  // A day of the date's year (day 0 of a month is the last of the month before).
  const at = (month: number, day: number): Day => Math.round(Date.UTC(date.year, month - 1, day) / 86_400_000);
  if (date.precision === 'day') {
    const d = at(date.month!, date.day!);
    return { first: d, last: d };
  }
  if (date.precision === 'month') return { first: at(date.month!, 1), last: at(date.month! + 1, 0) };
  return { first: at(1, 1), last: at(12, 31) };
}

/** Where a partial date is placed on the time axis: the first day of its period. */
export function placeOf(text: PartialDateString): Day {
  return periodOf(mustParse(text)).first;
}

/** The last day a partial date can mean. */
export function lastDayOf(text: PartialDateString): Day {
  return periodOf(mustParse(text)).last;
}

export function precisionOf(text: PartialDateString): Precision {
  return mustParse(text).precision;
}

/** Whether `inner` lies wholly inside the period of `outer` ("2019-06-04" inside "2019-06"). */
export function isWithin(inner: PartialDateString, outer: PartialDateString): boolean {
  const a = periodOf(mustParse(inner));
  const b = periodOf(mustParse(outer));
  return a.first >= b.first && a.last <= b.last;
}

function mustParse(text: PartialDateString): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`Not a partial date: ${JSON.stringify(text)}`);
  return parsed;
}

/**
 * How a date is written at a precision, in a locale: "26 May 2016", "June 2019", "2019" ("jun 2019." in
 * Serbian), on its UTC day. It stands alone (no imports, no closures): an embed's page writes its day
 * with it too, its source written into the page (`build/embed-pages.ts`).
 */
export function dateFormat(locale: string, precision: Precision): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    precision === 'day' ? { day: 'numeric', month: 'long', year: 'numeric' } : precision === 'month' ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

/** The date formats of the page's language, each made once. */
let formats: { locale: string; by: Record<Precision, Intl.DateTimeFormat> } | null = null;
function format(precision: Precision): Intl.DateTimeFormat {
  const locale = currentLanguage().locale;
  if (formats?.locale !== locale) formats = { locale, by: { day: dateFormat(locale, 'day'), month: dateFormat(locale, 'month'), year: dateFormat(locale, 'year') } };
  return formats.by[precision];
}

/** Makes the date formatters of the page's language before they are needed (see `FORMATTERS` in src/i18n). */
export const DATE_FORMATTERS: readonly (() => unknown)[] = [() => format('day')];

/** A partial date in words at its own precision: "26 May 2016", "March 2017", "2018". */
export function formatPartialDate(text: PartialDateString): string {
  const date = mustParse(text);
  return format(date.precision).format(dayToDate(periodOf(date).first));
}

/** A span of two partial dates of the same precision, shortened as people write it: "12–13 October 2017". */
export function formatPartialRange(start: PartialDateString, end?: PartialDateString): string {
  if (end === undefined || end === start) return formatPartialDate(start);
  const a = mustParse(start);
  const b = mustParse(end);
  if (a.precision !== b.precision) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  return format(a.precision).formatRange(dayToDate(periodOf(a).first), dayToDate(periodOf(b).first));
}

/** A day in words: "15 June 2019". */
export function formatDay(day: Day): string {
  return format('day').format(dayToDate(day));
}

let months: { locale: string; names: readonly string[] } | null = null;

/**
 * A date in words as it reads after a word that governs the genitive (Serbian "na dan 27. aprila 2021.",
 * "od novembra 2023."): each month's name replaced by the one the catalogue's `dates.monthsGenitive`
 * gives (English gives the same names, so an English date is unchanged).
 */
export function genitiveOf(words: string): string {
  const locale = currentLanguage().locale;
  if (months?.locale !== locale) {
    const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    months = { locale, names: Array.from({ length: 12 }, (_, m) => name.format(Date.UTC(2001, m, 1))) };
  }
  const genitive = t('dates.monthsGenitive').split(' ');
  return months.names.reduce((text, name, m) => (genitive[m] ? text.replace(new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u'), genitive[m]) : text), words);
}

/** The ISO text of a day cut to a precision: (day, 'month') → "2019-06". */
export function dayToPartial(day: Day, precision: Precision): PartialDateString {
  const iso = dayToIso(day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(day: Day, months: number): Day {
  const date = dayToDate(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1 + months;
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return dayFromParts(y, m, Math.min(date.getUTCDate(), daysInMonth(y, m)));
}

/** The day a clock shows, in words at the precision it was given: "June 2019" for ?date=2019-06 (as an embed's page writes it: `dateFormat`). */
export function formatDayAt(day: Day, precision: Precision): string {
  return format(precision).format(dayToDate(day));
}
