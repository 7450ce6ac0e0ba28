/**
 * The clock's URL parameters, read and written as pure functions of a query string. Unknown
 * parameters are kept untouched; a malformed value is ignored and the rest is kept.
 */
import { dayToPartial, parsePartialDate, periodOf, type Day, type PartialDate, type Precision } from '../dates/partial-date';

/** The date's parameter (`readDateWith`, which stands alone, names it too; the unit tests' round trip checks they agree). */
export const DATE_PARAM = 'date';

export interface UrlDate {
  readonly day: Day;
  /** The precision the URL gave ("2019" → year); the clock writes it back unchanged until it moves. */
  readonly precision: Precision;
}

/**
 * Reads `?date=2019-06-15` (or 2019-06, 2019), clamped to [min, max]; null when absent or malformed.
 * A month or a year stands for the last day of that period: a reader of "June 2019" expects the state
 * at the end of June 2019, when everything that happened in June 2019 has happened (Greece, who joined
 * at the meeting of 4-5 June, is a member). Every view follows the clock's day, so this one rule applies
 * to the counts, the captions, the map and the charts alike.
 */
export function readDate(search: string, min: Day, max: Day): UrlDate | null {
  return readDateWith(search, min, max, parsePartialDate, periodOf);
}

/**
 * `readDate`, the partial dates' rules given (`parsePartialDate`, `periodOf`). It stands alone (no
 * imports, no closures): an embed's page reads its date with it too, its source and theirs written into
 * the page (`build/embed-pages.ts`).
 */
export function readDateWith(search: string, min: Day, max: Day, parse: (text: string) => PartialDate | null, period: (date: PartialDate) => { last: Day }): UrlDate | null {
  const value = new URLSearchParams(search).get('date');
  if (value === null) return null;
  const parsed = parse(value.trim());
  if (!parsed) return null;
  const last = period(parsed).last;
  const day = Math.min(max, Math.max(min, last));
  return { day, precision: day === last ? parsed.precision : 'day' };
}

/** The query string with the date written at its precision, every other parameter kept. */
export function writeDate(search: string, date: UrlDate): string {
  const params = new URLSearchParams(search);
  params.set(DATE_PARAM, dayToPartial(date.day, date.precision));
  const out = params.toString();
  return out ? `?${out}` : '';
}

/**
 * The parameters the app reads; every other parameter in the URL is kept untouched. `story` (a story
 * of one's own) and `screen` (`notes`: the presenter's own view) are read by presenter mode itself
 * (src/story/, src/present/), which the first view does without.
 */
export const PARAMS = { date: 'date', selection: 'sel', theme: 'theme', embed: 'embed', controls: 'controls', look: 'look', present: 'present', story: 'story', screen: 'screen' } as const;

export const SELECTION_KINDS = ['member', 'meeting', 'term', 'source'] as const;
export type SelectionKind = (typeof SELECTION_KINDS)[number];
/** A view's id (`?embed=map`): the views are the app's (`src/views/`), which the reader is given. */
export type Embed = string;
export const LOOKS = ['light', 'dark', 'contrast'] as const;
export type Look = (typeof LOOKS)[number];

/** What a link can say about the picture: the date, the selection, the theme filter and the mode. */
export interface UrlState {
  readonly date: UrlDate | null;
  readonly selection: { readonly kind: SelectionKind; readonly id: string } | null;
  /** A theme id from themes.json that filters the meetings. */
  readonly theme: string | null;
  /** One view alone, without the dashboard around it. */
  readonly embed: Embed | null;
  /** False for a static figure (`controls=0`). */
  readonly controls: boolean;
  /** A colour scheme chosen over the system's. */
  readonly look: Look | null;
  /** Presenter mode. */
  readonly present: boolean;
}

const ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/**
 * Reads every parameter the app knows. A malformed value reads as absent, so the rest still
 * applies; whether an id exists in the data is for the caller to check once the data is loaded.
 * `embeds`: the views that can be shown alone (any other `?embed=` reads as absent).
 */
export function readState(search: string, min: Day, max: Day, embeds: readonly Embed[] = []): UrlState {
  const params = new URLSearchParams(search);
  const sel = params.get(PARAMS.selection)?.split(':') ?? [];
  const kind = oneOf(SELECTION_KINDS, sel[0] ?? null);
  const id = sel.length === 2 && ID.test(sel[1]!) ? sel[1]! : null;
  const theme = params.get(PARAMS.theme);
  return {
    date: readDate(search, min, max),
    selection: kind && id ? { kind, id } : null,
    theme: theme !== null && ID.test(theme) ? theme : null,
    embed: oneOf(embeds, params.get(PARAMS.embed)),
    controls: params.get(PARAMS.controls) !== '0',
    look: oneOf(LOOKS, params.get(PARAMS.look)),
    present: params.get(PARAMS.present) === '1',
  };
}

/** The query string for a state: its parameters written (defaults left out), every other kept. */
export function writeState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | null) => (value === null ? params.delete(key) : params.set(key, value));
  put(PARAMS.date, state.date ? dayToPartial(state.date.day, state.date.precision) : null);
  put(PARAMS.selection, state.selection ? `${state.selection.kind}:${state.selection.id}` : null);
  put(PARAMS.theme, state.theme);
  put(PARAMS.embed, state.embed);
  put(PARAMS.controls, state.controls ? null : '0');
  put(PARAMS.look, state.look);
  put(PARAMS.present, state.present ? '1' : null);
  const out = params.toString();
  return out ? `?${out}` : '';
}
