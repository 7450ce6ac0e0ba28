/**
 * The inline scripts of an embed's own page (`pages.ts`; written into it by `build/embed-pages.ts`).
 * Each stands alone (no imports, no closures): the build writes its source into the page, and with
 * `applyEmbedState` the app's own rules that it uses (`PageRules`: how `?date=` is read, the axis, a
 * date's words, `t`'s holes), written the same way; none is restated here.
 */
import type { axisStops, piecewise } from '../lib/clock/axis';
import type { readDateWith } from '../lib/clock/url';
import type { dateFormat, parsePartialDate, periodOf, Precision } from '../lib/dates/partial-date';
import type { fill } from '../i18n';

/** The app's rules the page's script applies, each a function that stands alone, its source written into the page beside the script. */
export interface PageRules {
  /** How the app reads `?date=` (`lib/clock/url.ts`), with the partial dates' rules it is given (`lib/dates/partial-date.ts`). */
  readonly readDateWith: typeof readDateWith;
  readonly parsePartialDate: typeof parsePartialDate;
  readonly periodOf: typeof periodOf;
  /** How a day is written at a precision in a locale (`lib/dates/partial-date.ts`). */
  readonly dateFormat: typeof dateFormat;
  /** Where the axis's stops are (`lib/clock/axis.ts`), and a day's fraction of the track between them. */
  readonly axisStops: typeof axisStops;
  readonly piecewise: typeof piecewise;
  /** How `t` fills a message's holes (`i18n/index.ts`): a date that ends in a full stop takes the message's. */
  readonly fill: typeof fill;
}

/** A change to the prerendered markup: the characters from `from` to `to` replaced by `text`. */
export type MarkupEdit = readonly [from: number, to: number, text: string];

/** What an embed's page knows of the days its picture changes on (computed by the build, `build/embed-pages.ts`). */
export interface EmbedStates {
  /** The length of the markup in #app as the browser reads it back (`innerHTML`): another is not the build's. */
  readonly length: number;
  /** From which day on each set of edits applies (`edits[i]` from `from[i]`, until the next), in order; the markup is today's. */
  readonly from: readonly number[];
  readonly edits: readonly (readonly MarkupEdit[])[];
  /** The edits that take the time control out (`?controls=0`). */
  readonly withoutControls: readonly MarkupEdit[];
  /** The locale the page's dates are written in. */
  readonly locale: string;
  /** The time axis: its first day, the day the sources end, the track's share after them (`lib/clock/axis.ts`). */
  readonly start: number;
  readonly sourcesEnd: number;
  readonly afterShare: number;
  /** The day the markup was drawn on (the axis's end then). */
  readonly drawn: number;
  /** A chart's cursor: the coordinate it moves along with the day (x, or y where time runs down), and its place at the axis's first day and at today (the page's script places it between), or null. */
  readonly cursor: { readonly along: 'x' | 'y'; readonly from: number; readonly to: number } | null;
  /**
   * A chart's class of frame widths (`lib/ui/scaled-chart.ts`): the width its chart is laid out at, and
   * the frame width (`innerWidth`) the class starts at; null for the map (it scales to its frame).
   */
  readonly chartWidth: number | null;
  readonly frameFrom: number | null;
  /** The words naming the day in a chart's caption, with `{date}` for it (the Secretariat's "On {date}:"), or null. */
  readonly onTheDay: string | null;
}

/**
 * In the page's head, before anything is drawn: a reader whose language is not the page's goes to the
 * page in theirs (`lang` is `chooseLanguage`'s answer, as index.html and main.ts choose), the address
 * names the view (`?embed=map`, which the app reads), and the prerendered embed is shown (`data-js`
 * "embed") unless the address asks for more than a date, the time control or a language: then the app
 * draws it (hidden until then, "other"). Returns false where the page is left for another.
 */
export function startEmbedPage(view: string, pageLang: string, lang: string, pages: Readonly<Record<string, string>>): boolean {
  if (lang !== pageLang && pages[lang]) {
    location.replace(pages[lang] + location.search + location.hash);
    return false;
  }
  const params = new URLSearchParams(location.search);
  if (params.get('embed') !== view) {
    params.delete('embed');
    const rest = params.toString();
    history.replaceState(history.state, '', `?embed=${view}${rest ? `&${rest}` : ''}${location.hash}`);
  }
  const plain = [...params.keys()].every((key) => ['embed', 'date', 'controls', 'lang'].includes(key));
  document.documentElement.dataset.js = plain ? 'embed' : 'other';
  return true;
}

/**
 * Right after the prerendered embed (drawn today) and, for a chart, its other classes of frame widths
 * (their chart's box, each in a `<template data-chart-width>`): keeps the class of the frame's width (`chartClassWidth`
 * in lib/ui/scaled-chart.ts: the last whose `frameFrom` the frame reaches), then sets it to the
 * address's day, before the first paint. The day is read by the app's own rule (`readDateWith` in
 * lib/clock/url.ts: the period's last day, kept within the axis) and written in its words (`dateFormat`); the edits of the last change on or before it are
 * applied to the markup, and the words and marks of the day itself written: its date, the time
 * control's thumb, the link to the dashboard. The app then hydrates what it finds (`main.ts`).
 * `classes` are in order, the last the one in #app (one, for the map).
 */
export function applyEmbedState(classes: readonly EmbedStates[], rules: PageRules): void {
  const root = document.documentElement;
  const app = document.getElementById('app');
  const templates = document.querySelectorAll<HTMLTemplateElement>('template[data-chart-width]');
  let states = classes[classes.length - 1]!;
  for (const c of classes) if (c.frameFrom !== null && innerWidth >= c.frameFrom) states = c;
  const kept = [...templates].find((template) => template.dataset.chartWidth === String(states.chartWidth));
  for (const template of templates) template.remove();
  if (root.dataset.js !== 'embed' || !app) return;
  // The class's chart box in place of the widest's (the rest of the markup is the same in every class).
  const box = app.querySelector('[data-chart-box]');
  if (kept && box) box.outerHTML = kept.innerHTML;
  const DAY = 86_400_000;
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) / DAY;
  // Where the axis itself has changed since the build (a new year's label on it; or, while the track's
  // run after the sources is not yet its full share, every day): the app draws the embed.
  const length = Math.max(1, today - states.start);
  const after = Math.min((today - states.sourcesEnd) / length, states.afterShare);
  if (today !== states.drawn && (new Date(today * DAY).getUTCFullYear() !== new Date(states.drawn * DAY).getUTCFullYear() || after < states.afterShare)) {
    root.dataset.js = 'other';
    return;
  }
  const params = new URLSearchParams(location.search);
  // As the app reads it: the period's last day, kept within the axis; today where there is none.
  const { day, precision } = rules.readDateWith(location.search, states.start, today, rules.parsePartialDate, rules.periodOf) ?? { day: today, precision: 'day' as Precision };
  let edits: readonly MarkupEdit[] = [];
  states.from.forEach((from, i) => {
    if (from <= day) edits = states.edits[i]!;
  });
  if (params.get('controls') === '0') edits = [...edits, ...states.withoutControls];
  if (edits.length) {
    let html = app.innerHTML;
    if (html.length !== states.length) {
      // Not the markup the build wrote (a proxy changed it?): the app draws the embed instead.
      root.dataset.js = 'other';
      return;
    }
    for (const [from, to, text] of [...edits].sort((a, b) => b[0] - a[0])) html = html.slice(0, from) + text + html.slice(to);
    app.innerHTML = html;
  }
  // The day in words, as the app writes it: at the address's precision in the date's place, in full elsewhere.
  const words = (at: Precision) => rules.dateFormat(states.locale, at).format(day * DAY);
  const full = words('day');
  const date = app.querySelector('[data-testid="current-date"]');
  if (date) date.textContent = words(precision);
  // Where the day is on the time axis, by the axis's own rule: the sources' years, then a short run to today.
  const stops = rules.axisStops(states.start, today, states.sourcesEnd, states.afterShare);
  const fraction = rules.piecewise(stops.days, stops.at, day);
  const thumb = app.querySelector('[data-testid="scrubber"]');
  if (thumb) {
    thumb.setAttribute('value', String(fraction));
    thumb.setAttribute('aria-valuetext', full);
  }
  // A chart's axis and its cursor on the day (the chart's pixels are the same fractions of its track).
  for (const slider of app.querySelectorAll('div[role="slider"]')) {
    slider.setAttribute('aria-valuemax', String(today));
    slider.setAttribute('aria-valuenow', String(day));
    slider.setAttribute('aria-valuetext', full);
  }
  const on = app.querySelector('[data-testid="secretariat-now"] .on');
  // Filled as `t` fills a hole.
  if (on && states.onTheDay) on.textContent = rules.fill(states.onTheDay, { date: full }, String);
  if (states.cursor) {
    const { along, from, to } = states.cursor;
    const at = String(from + fraction * (to - from));
    for (const line of app.querySelectorAll('line.cursor')) for (const end of [`${along}1`, `${along}2`]) line.setAttribute(end, at);
  }
  // The years the time control's row has no room for beside its end label, hidden as the app leaves them
  // out once it has measured the row (`years` in lib/clock/TimeControl.svelte): they would overlap it.
  const row = app.querySelector<HTMLElement>('.time-control .years');
  const end = row?.querySelector<HTMLElement>('.end');
  if (row && end) {
    const room = row.clientWidth - end.clientWidth - 28;
    for (const year of row.querySelectorAll<HTMLElement>('span:not(.end)')) if ((parseFloat(year.style.left) / 100) * row.clientWidth >= room) year.style.visibility = 'hidden';
  }
  // The dashboard at the same date: this address without the embed's own parameters.
  params.delete('embed');
  params.delete('controls');
  const link = app.querySelector('footer a');
  const rest = params.toString();
  if (link) link.setAttribute('href', new URL(`../${rest ? `?${rest}` : ''}`, location.href).href);
}
