/**
 * An embed's page is today's markup and the edits that give each other day's (src/build/embed-pages.ts):
 * the edits must give the app's markup exactly, whatever changed (a tag's attribute, a text, a block).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, chartBox, embedPageBody, embedStates, markupEdits, pageRulesSource, PAGE_RULES, withoutTheDay } from '../../../src/build/embed-pages';
import type { PageRules } from '../../../src/embed/page-scripts';
import { readDate } from '../../../src/lib/clock/url';
import { dayToDate, formatDayAt, placeOf, type Precision } from '../../../src/lib/dates/partial-date';
import { setLanguage } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import en from '../../../src/i18n/en';
import type { EmbedRenders } from '../../../src/build/prerender';

const PATH = 'M473 196l5-9 1-5-5-5 7 0 5-3 5 2 9 7 2 4-1 2 7 3-2 7 7-3z';
const page = (day: string, members: string[], controls = true) =>
  `<article data-embed="map"><header><h2>Member countries</h2><p class="date" data-testid="current-date">${day}</p></header>` +
  (controls ? `<!--[0--><div class="time-control"><input type="range" value="0.5" aria-label="Date" aria-valuetext="${day}" data-testid="scrubber"></div><!--]-->` : '<!--[-1--><!--]-->') +
  `<svg class="map-svg"><title>Map (${members.length} members)</title>${['ALB', 'AUT', 'GRC'].map((iso3) => `<path class="country${members.includes(iso3) ? ' member' : ''}" d="${PATH}" data-iso3="${iso3}" data-member="${members.includes(iso3)}"></path>`).join('')}` +
  `${members.includes('AUT') ? `<!--[0--><path class="fill" d="${PATH}"></path><!--]-->` : '<!--[-1--><!--]-->'}</svg>` +
  `<footer><p>Source. <a href="./?date=${day}" target="_blank">Open the full dashboard</a></p></footer></article>`;

describe('markupEdits', () => {
  it.each([
    ['an attribute', page('1 May 2020', ['ALB', 'AUT']), page('1 May 2020', ['ALB'])],
    ['a block taken out', page('x', ['ALB', 'AUT']), page('x', ['ALB', 'AUT'], false)],
    ['everything', '<p>a</p>', '<div>b</div><i></i>'],
    ['nothing', '<p>a</p>', '<p>a</p>'],
  ])('gives the other markup exactly (%s)', (_, a, b) => {
    expect(applyEdits(a, markupEdits(a, b))).toBe(b);
  });

  it('keeps a long path whose tag changes, and says only what differs', () => {
    const edits = markupEdits(page('x', ['ALB', 'AUT']), page('x', ['ALB']));
    expect(JSON.stringify(edits)).not.toContain(PATH);
  });
});

describe('embedStates', () => {
  const read = (html: string) => html;
  const renders = (days: { day: number; members: string[] }[]): EmbedRenders => ({
    lang: 'en',
    locale: 'en-GB',
    today: page('7 December 2026', ['ALB', 'AUT', 'GRC']),
    todayWithoutControls: page('7 December 2026', ['ALB', 'AUT', 'GRC'], false),
    days: days.map(({ day, members }) => ({ day, html: page(`day ${day}`, members), withoutControls: page(`day ${day}`, members, false) })),
    axis: { start: 0, sourcesEnd: 50, afterShare: 0.06, end: 100 },
  });

  it('leaves the day’s own words blank, and gives one set of edits per change', () => {
    const { markup, states } = embedStates(renders([{ day: 1, members: ['ALB'] }, { day: 2, members: ['ALB'] }, { day: 10, members: ['ALB', 'GRC'] }, { day: 20, members: ['ALB', 'AUT', 'GRC'] }]), read);
    expect(markup).toBe(withoutTheDay(page('7 December 2026', ['ALB', 'AUT', 'GRC'])));
    expect(markup).toContain('data-testid="current-date"></p>');
    expect(markup).toContain('value="" aria-label="Date" aria-valuetext=""');
    expect(markup).toContain('<a href="" target="_blank">');
    expect(states.from).toEqual([1, 10, 20]);
    expect(states.edits[2]).toEqual([]);
    expect(applyEdits(markup, states.edits[0]!)).toBe(withoutTheDay(page('day 1', ['ALB'])));
    expect(applyEdits(markup, [...states.edits[1]!, ...states.withoutControls])).toBe(withoutTheDay(page('day 10', ['ALB', 'GRC'], false)));
    expect(states.length).toBe(markup.length);
  });

  it('fails the build where taking the time control out is not one edit on every day', () => {
    const drawn = renders([{ day: 1, members: ['ALB'] }]);
    const broken = { ...drawn, days: [{ ...drawn.days[0]!, withoutControls: page('day 1', ['ALB'], false).replace('Map (', 'A map (') }] };
    expect(() => embedStates(broken, read)).toThrow(/not one edit on every day/);
  });
});

describe('a chart’s embed (the timeline’s)', () => {
  const chart = (x: number, day: string) =>
    `<article data-embed="timeline"><p class="date" data-testid="current-date">${day}</p><div class="chart" data-chart-box="">` +
    `<svg class="lanes-svg"><line class="cursor svelte-x" x1="${x}" x2="${x}" y1="0" y2="90"></line><g class="mark past"></g></svg>` +
    `<div class="axis" role="slider" aria-valuemin="16922" aria-valuemax="20794" aria-valuenow="${x}" aria-valuetext="${day}"></div></div>` +
    `<footer><p><a href="./?date=${day}">Open</a></p></footer></article>`;

  it('leaves the cursor’s place and the axis’s day blank, for the page’s script to write', () => {
    const blank = withoutTheDay(chart(288.8, '15 June 2019'));
    expect(blank).toContain('<line class="cursor svelte-x" x1="0" x2="0" y1="0" y2="90">');
    expect(blank).toContain('aria-valuemin="16922" aria-valuemax="" aria-valuenow="" aria-valuetext=""');
    expect(withoutTheDay(chart(10, 'a'))).toBe(blank);
  });

  it('gives the script the cursor’s track: its x on the axis’s first day and today', () => {
    const drawn: EmbedRenders = {
      lang: 'en',
      locale: 'en-GB',
      today: chart(700, 'today'),
      todayWithoutControls: chart(700, 'today'),
      days: [
        { day: 5, html: chart(12, 'first') },
        { day: 9, html: chart(40, 'later') },
      ],
      axis: { start: 5, sourcesEnd: 50, afterShare: 0.06, end: 100 },
      chartWidth: 736,
    };
    const { states } = embedStates(drawn, (html) => html);
    expect(states.cursor).toEqual({ along: 'x', from: 12, to: 700 });
    expect(states.chartWidth).toBe(736);
    expect(states.from).toEqual([5]);
    expect(() => embedStates({ ...drawn, today: chart(700, 'today').replace('x2="700"', 'x2="701"') }, (html) => html)).toThrow(/not a line across the time axis/);
  });

  /** Where time runs down (a narrow frame's timeline): the cursor runs across the lanes, at the day's y. */
  const vertical = (y: number, day: string, width = 296) => chart(0, day).replace(/x1="0" x2="0" y1="0" y2="90"/, `x1="0" x2="${width}" y1="${y}" y2="${y}"`);

  it('where time runs down, leaves the cursor’s y blank and gives its track along y', () => {
    expect(withoutTheDay(vertical(320, 'a'))).toContain('<line class="cursor svelte-x" x1="0" x2="296" y1="0" y2="0">');
    const drawn: EmbedRenders = {
      lang: 'en',
      locale: 'en-GB',
      today: vertical(900, 'today'),
      todayWithoutControls: vertical(900, 'today'),
      days: [{ day: 5, html: vertical(30, 'first') }],
      axis: { start: 5, sourcesEnd: 50, afterShare: 0.06, end: 100 },
      chartWidth: 296,
      frameFrom: 0,
    };
    const { states } = embedStates(drawn, (html) => html);
    expect(states.cursor).toEqual({ along: 'y', from: 30, to: 900 });
    expect(states).toMatchObject({ chartWidth: 296, frameFrom: 0 });
  });

  it('finds the chart’s box whole, the divs inside it too', () => {
    const markup = chart(10, 'a');
    const box = chartBox(markup)!;
    expect(box.startsWith('<div class="chart" data-chart-box="">')).toBe(true);
    expect(box.endsWith('</div></div>')).toBe(true);
    expect(markup.replace(box, '')).toBe('<article data-embed="timeline"><p class="date" data-testid="current-date">a</p><footer><p><a href="./?date=a">Open</a></p></footer></article>');
    expect(chartBox('<p>no chart</p>')).toBeNull();
  });

  it('writes a page’s body: the widest class in #app, the others’ boxes in templates, and fails where they differ outside the box', () => {
    const renders = (narrow: (day: string) => string): EmbedRenders[] =>
      [
        { html: narrow, chartWidth: 296, frameFrom: 0 },
        { html: (day: string) => chart(700, day), chartWidth: 736, frameFrom: 760 },
      ].map(({ html, chartWidth, frameFrom }) => ({
        lang: 'en',
        locale: 'en-GB',
        today: html('today'),
        todayWithoutControls: html('today'),
        days: [{ day: 5, html: html('first') }],
        axis: { start: 5, sourcesEnd: 50, afterShare: 0.06, end: 100 },
        chartWidth,
        frameFrom,
      }));
    const body = embedPageBody(renders((day) => vertical(30, day)), (html) => html);
    expect(body).toMatch(/^<div id="app"><article data-embed="timeline">.*x1="0" x2="0" y1="0" y2="90".*<\/article><\/div>/s);
    expect(body).toContain(`<template data-chart-width="296">${chartBox(withoutTheDay(vertical(30, 'x')))}</template><script>(function applyEmbedState`);
    expect(body.match(/<template/g)).toHaveLength(1);
    expect(() => embedPageBody(renders((day) => vertical(30, day).replace('Open', 'Opened')), (html) => html)).toThrow(/differ outside the chart's box/);
  });
});

describe('the app\'s rules in the page (PAGE_RULES)', () => {
  // Rebuilt from the source the page is given, in a scope of their own (the global one): a rule that
  // used an import or its module's scope would fail here as it would in the page.
  const rules = new Function(`return ${pageRulesSource()}`)() as PageRules;
  const [min, max] = [placeOf('2016-05'), placeOf('2026-11-23')];

  it('are written whole, each by its name', () => {
    expect(Object.keys(rules)).toEqual(Object.keys(PAGE_RULES));
  });

  it.each(['?date=2019-06-15', '?date=2019-06', '?date=2019', '?date=%202020-02%20', '?date=2010', '?date=2099', '?date=2026', '?date=2019-02-30', '?date=2019-13', '?date=x', ''])(
    'read %j as the app does',
    (search) => {
      expect(rules.readDateWith(search, min, max, rules.parsePartialDate, rules.periodOf)).toEqual(readDate(search, min, max));
    },
  );

  it.each(LANGUAGES.map((language) => [language.locale, language] as const))('write a day as the app does (%s)', (_, language) => {
    setLanguage(language, {} as never);
    const day = placeOf('2023-02-28');
    for (const precision of ['day', 'month', 'year'] as Precision[]) expect(rules.dateFormat(language.locale, precision).format(dayToDate(day))).toBe(formatDayAt(day, precision));
    setLanguage(LANGUAGES[0], en);
  });
});
