/**
 * The pages of the embeds (`src/embed/pages.ts`): each view's embed prerendered today, in each language,
 * with what changes on the other days as edits to that markup, which the page's inline script applies
 * for the address's `?date=` before the first paint (`src/embed/page-scripts.ts`). The markup is read
 * as a browser reads it back (jsdom's parser and serializer, as `innerHTML`): the edits' offsets are
 * that text's. The words and marks of the day itself (the date, the time control's thumb, the link to
 * the dashboard) are left blank in it and written by the script for any day.
 */
import type { EmbedRenders } from './prerender.ts';
import { applyEmbedState, type EmbedStates, type MarkupEdit, type PageRules } from '../embed/page-scripts.ts';
import { axisStops, piecewise } from '../lib/clock/axis.ts';
import { readDateWith } from '../lib/clock/url.ts';
import { dateFormat, parsePartialDate, periodOf } from '../lib/dates/partial-date.ts';
import { fill } from '../i18n/index.ts';

/** The app's own rules the page's script applies, each a function that stands alone. */
export const PAGE_RULES: PageRules = { readDateWith, parsePartialDate, periodOf, dateFormat, axisStops, piecewise, fill };

/** `PAGE_RULES` as the page's script is given them: each function's source, by its name. */
export const pageRulesSource = (): string => `{ ${Object.entries(PAGE_RULES).map(([name, rule]) => `${name}: ${rule}`).join(', ')} }`;

/** The markup's tags, each cut before its attributes (a path's long `d` is then kept whole where its class changes), and the text between them. */
const tokens = (html: string) =>
  html
    .split(/(<[^>]*>)/)
    .flatMap((token) => (token.startsWith('<') ? token.split(/(?= [\w:-]+=")/) : [token]))
    .filter((token) => token !== '');

/**
 * The edits that make `b` of `a`, token by token (the longest common run of tags and texts kept):
 * applied from the last to the first, they give `b` exactly.
 */
export function markupEdits(a: string, b: string): MarkupEdit[] {
  if (a === b) return [];
  const x = tokens(a);
  const y = tokens(b);
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  const offset = x.slice(0, head).join('').length;
  // The longest common subsequence of the middle (lengths from the end), then the runs that differ.
  const n = xs.length;
  const m = ys.length;
  const edits: MarkupEdit[] = [];
  if (n * m > 8_000_000) return [[offset, offset + xs.join('').length, ys.join('')]];
  const lcs = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) lcs[i * (m + 1) + j] = xs[i] === ys[j] ? lcs[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
  let [i, j, at] = [0, 0, offset];
  let open: { from: number; to: number; text: string } | null = null;
  const close = () => {
    if (open) edits.push([open.from, open.to, open.text]);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && xs[i] === ys[j]) {
      close();
      at += xs[i]!.length;
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * (m + 1) + j + 1]! >= lcs[(i + 1) * (m + 1) + j]!)) {
      open ??= { from: at, to: at, text: '' };
      open.text += ys[j++];
    } else {
      open ??= { from: at, to: at, text: '' };
      at += xs[i]!.length;
      open.to = at;
      i++;
    }
  }
  close();
  return edits;
}

/** Applies edits made by `markupEdits` (as the page's script does). */
export const applyEdits = (html: string, edits: readonly MarkupEdit[]): string =>
  [...edits].sort((a, b) => b[0] - a[0]).reduce((text, [from, to, insert]) => text.slice(0, from) + insert + text.slice(to), html);

/** The markup with the day's own words and marks left blank (the page's script writes them for the day it shows). */
export function withoutTheDay(html: string): string {
  return (
    html
      .replace(/(<p [^>]*data-testid="current-date"[^>]*>)[^<]*/, '$1')
      .replace(/<input [^>]*data-testid="scrubber"[^>]*>/, (input) => input.replace(/ value="[^"]*"/, ' value=""').replace(/ aria-valuetext="[^"]*"/, ' aria-valuetext=""'))
      // A chart's axis (a slider over it): the day, and today at its end.
      .replace(/<div [^>]*role="slider"[^>]*>/g, (slider) => slider.replace(/ aria-valuemax="[^"]*"/, ' aria-valuemax=""').replace(/ aria-valuenow="[^"]*"/, ' aria-valuenow=""').replace(/ aria-valuetext="[^"]*"/, ' aria-valuetext=""'))
      // A chart's cursor, on the day (across the time axis: its x, or its y where time runs down; 0 until then, a length the browser reads).
      .replace(/<line class="cursor[^"]*"[^>]*>/g, (line) => {
        const along = cursorAlong(line);
        return along ? line.replace(new RegExp(` ${along}1="[^"]*"`), ` ${along}1="0"`).replace(new RegExp(` ${along}2="[^"]*"`), ` ${along}2="0"`) : line;
      })
      // The Secretariat's caption: "On {date}:".
      .replace(/(<span class="on[^"]*">)[^<]*/, '$1')
      .replace(/(<footer[^>]*>[\s\S]*?<a href=")[^"]*"/, '$1"')
  );
}

/** Along which of its coordinates a cursor's line moves with the day: x where it stands across a time axis that runs across (x1 = x2), y where time runs down (y1 = y2). */
function cursorAlong(line: string): 'x' | 'y' | null {
  const at = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(line)?.[1];
  return at('x1') !== undefined && at('x1') === at('x2') ? 'x' : at('y1') !== undefined && at('y1') === at('y2') ? 'y' : null;
}

/**
 * Where a chart's cursor stands at the axis's first day and at today (its x, or its y where time runs
 * down, from the markup of those days), the ends of the track the page's script places it on; null
 * where the embed has no cursor. Fails the build where the cursor is not a line across the time axis.
 */
export function cursorTrack(renders: EmbedRenders, read: (html: string) => string): EmbedStates['cursor'] {
  const place = (html: string) => {
    const line = /<line class="cursor[^"]*"[^>]*>/.exec(read(html))?.[0];
    if (!line) return null;
    const along = cursorAlong(line);
    if (!along) throw new Error(`embed/: the ${renders.lang} embed's cursor is not a line across the time axis (${line})`);
    return { along, at: Number(new RegExp(` ${along}1="([^"]*)"`).exec(line)![1]) };
  };
  const first = renders.days.find((d) => d.day === renders.axis.start);
  const [from, to] = [first ? place(first.html) : null, place(renders.today)];
  if (from === null && to === null) return null;
  if (from === null || to === null || from.along !== to.along) throw new Error(`embed/: the ${renders.lang} embed has a cursor on some days only`);
  return { along: from.along, from: from.at, to: to.at };
}

/**
 * The table a page's script sets the embed to a day with (`applyEmbedState`), and the markup it is
 * applied to: `read` is how a browser reads markup back (parse, then `innerHTML`). Days whose markup
 * is the same (the day's words aside) share one set of edits. Fails the build where the edits for a
 * day with the time control taken out do not give what the app draws there.
 */
export function embedStates(renders: EmbedRenders, read: (html: string) => string): { markup: string; states: EmbedStates } {
  const markup = withoutTheDay(read(renders.today));
  const withoutControls = markupEdits(markup, withoutTheDay(read(renders.todayWithoutControls)));
  const from: number[] = [];
  const edits: MarkupEdit[][] = [];
  let last: string | null = null;
  for (const { day, html } of renders.days) {
    const drawn = withoutTheDay(read(html));
    if (drawn === last) continue;
    last = drawn;
    from.push(day);
    edits.push(markupEdits(markup, drawn));
  }
  // Taking the time control out is one edit on every day (it is drawn apart from the view): checked on the days drawn without it.
  for (const { day, html, withoutControls: drawn } of renders.days) {
    if (drawn === undefined) continue;
    const i = from.findLastIndex((start) => start <= day);
    if (applyEdits(markup, [...(edits[i] ?? []), ...withoutControls]) !== withoutTheDay(read(drawn)))
      throw new Error(`embed/: taking the time control out of the ${renders.lang} embed is not one edit on every day (it differs on day ${day})`);
  }
  return {
    markup,
    states: {
      length: markup.length,
      from,
      edits,
      withoutControls,
      locale: renders.locale,
      start: renders.axis.start,
      sourcesEnd: renders.axis.sourcesEnd,
      afterShare: renders.axis.afterShare,
      drawn: renders.axis.end,
      cursor: cursorTrack(renders, read),
      chartWidth: renders.chartWidth ?? null,
      frameFrom: renders.frameFrom ?? null,
      onTheDay: renders.onTheDay ?? null,
    },
  };
}

/** A chart's box in an embed's markup (its `[data-chart-box]` element, as the markup writes it), or null. */
export function chartBox(markup: string): string | null {
  const start = /<div [^>]*data-chart-box[^>]*>/.exec(markup);
  if (!start) return null;
  const tags = /<div[\s>]|<\/div>/g;
  tags.lastIndex = start.index + start[0].length;
  for (let depth = 1, tag = tags.exec(markup); tag; tag = tags.exec(markup)) {
    depth += tag[0] === '</div>' ? -1 : 1;
    if (depth === 0) return markup.slice(start.index, tag.index + tag[0].length);
  }
  throw new Error('embed/: a chart\'s box is not closed in the embed\'s markup');
}

/**
 * An embed page's body, in one language: the embed prerendered today in #app (a chart's in its widest
 * class), and where it is a chart's, its box in each other class of frame widths (`lib/ui/scaled-chart.ts`)
 * in a template (the rest of the markup is the same in every class: the build fails otherwise), then the
 * script that keeps the class of the frame's width and sets it to the address's day (`applyEmbedState`).
 * `renders` are the language's, one per class in the classes' order (one for the map).
 */
export function embedPageBody(renders: readonly EmbedRenders[], read: (html: string) => string): string {
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const made = renders.map((drawn) => embedStates(drawn, read));
  const shown = made.at(-1)!;
  const box = chartBox(shown.markup);
  const others = made.slice(0, -1).map(({ markup, states }) => {
    const own = chartBox(markup);
    if (!box || !own || shown.markup.replace(box, () => own) !== markup) throw new Error(`embed/: the ${renders[0]!.lang} embed's classes of frame widths differ outside the chart's box (class ${states.chartWidth})`);
    return `<template data-chart-width="${states.chartWidth}">${own}</template>`;
  });
  return `<div id="app">${shown.markup}</div>\n    ${others.join('')}<script>(${applyEmbedState})(${json(made.map((m) => m.states))}, ${pageRulesSource()})</script>`;
}
