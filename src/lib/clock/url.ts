/**
 * The clock's URL parameters, read and written as pure functions of a query string. Unknown
 * parameters are kept untouched; a malformed value is ignored and the rest is kept.
 */
import { dayToIso, parsePartialDate, periodOf, type Day, type Precision } from '../dates/partial-date';

export const DATE_PARAM = 'date';

export interface UrlDate {
  readonly day: Day;
  /** The precision the URL gave ("2019" → year); the clock writes it back unchanged until it moves. */
  readonly precision: Precision;
}

/** Reads `?date=2019-06-15` (or 2019-06, 2019), clamped to [min, max]; null when absent or malformed. */
export function readDate(search: string, min: Day, max: Day): UrlDate | null {
  const value = new URLSearchParams(search).get(DATE_PARAM);
  if (value === null) return null;
  const parsed = parsePartialDate(value.trim());
  if (!parsed) return null;
  const day = Math.min(max, Math.max(min, periodOf(parsed).first));
  return { day, precision: day === periodOf(parsed).first ? parsed.precision : 'day' };
}

/** The query string with the date written at its precision, every other parameter kept. */
export function writeDate(search: string, date: UrlDate): string {
  const params = new URLSearchParams(search);
  const iso = dayToIso(date.day);
  params.set(DATE_PARAM, date.precision === 'day' ? iso : date.precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4));
  const out = params.toString();
  return out ? `?${out}` : '';
}
