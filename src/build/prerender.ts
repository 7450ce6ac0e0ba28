/**
 * The dashboard's first view, rendered at build time (Svelte's server renderer, run in Node by
 * `static-html.ts`): the page at its default state, today, with the data and the wide map's layout
 * already in the query cache, as the browser will have them when it hydrates (`main.ts`); and the
 * page's other static parts (`static-parts.ts`).
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { createClient } from '../lib/data/client';
import type { QueryClient } from '@tanstack/svelte-query';
import { firstViewQuery, networkQuery } from '../lib/model/query';
import { readDataTexts } from '../lib/data/validate-plugin';
import { validateDataset } from '../lib/data/validate';
import { buildModel, type NetworkModel } from '../lib/model';
import { mastheadHtml, noscriptHtml } from './static-parts';
import { layoutQuery } from '../map/geometry/query';
import { PRERENDER_FRAME, type MapLayout } from '../map/geometry/types';
import { islandContext, type Island } from '../lib/ui/island';
import { startContext } from '../start';
import Embed from '../embed/Embed.svelte';
import TimelineView from '../timeline/TimelineView.svelte';
import RotationView from '../rotation/RotationView.svelte';
import { CHART_CLASSES } from '../lib/ui/scaled-chart';
import type { Component } from 'svelte';
import { LANGUAGES } from '../i18n/languages';
import { setLanguage, t, type Translation } from '../i18n';
import { asOfDay } from '../lib/model/rules';
import en from '../i18n/en';
import { dayFromDate, dayToPartial, type Day } from '../lib/dates/partial-date';
import { AFTER_SOURCES_SHARE, AXIS_START } from '../lib/clock/axis';

/** Every language's catalogue, in the module (the prerender runs once, where a later import has no module runner left). */
const CATALOGUES = import.meta.glob<Translation>('../i18n/*.ts', { eager: true, import: 'default' });

/**
 * The map's frame an embed's page is drawn for: the map's in a report's column, an iframe 760 px wide
 * (`.compact .frame` in map/MapView.svelte: (75vw - 14rem) x 4/3, 461 x 346 px). The labels are the set
 * laid out for frames from 544 px down (an iframe up to about 900 px), and at 760 px the halos and marks
 * are drawn at the frame's own scale: the page paints there what the app keeps.
 */
const EMBED_FRAME = { width: 461, height: 346 };

/** The views drawn as charts in an embed, their code given to it at once (as `main.ts` gives it on the embed's page). */
const EMBED_VIEWS: Readonly<Record<string, Component<any, any, any>>> = { timeline: TimelineView, rotation: RotationView };

/** A query cache with the data's model and the wide map's layout, as the browser has them when it hydrates. */
function filledClient(model: NetworkModel, wide: MapLayout): QueryClient {
  const client = createClient();
  // The whole model for both: what the first view draws of it is the same from the first view's model.
  client.setQueryData(networkQuery.queryKey, model);
  client.setQueryData(firstViewQuery.queryKey, model);
  client.setQueryData(layoutQuery('wide').queryKey, wide);
  return client;
}

/**
 * The dashboard's first view as HTML (its body; the styles are the client build's). Its islands
 * (`lib/ui/island.ts`) are rendered each as a root of its own, with the page's contexts, into their
 * places, as the browser takes them over.
 */
export function prerender(model: NetworkModel, wide: MapLayout): string {
  const client = filledClient(model, wide);
  const body = withIslands((islands) => render(App, { props: { client }, context: startContext({ search: '', mapFrame: PRERENDER_FRAME, islands }) }).body);
  client.clear();
  return body;
}

/**
 * A page rendered by `draw` (given the `islands` report of `startContext`), with the islands it reports
 * rendered each as a root of its own, with the page's contexts, into their places.
 */
function withIslands(draw: (islands: (islands: Island[], context: Map<unknown, unknown>) => void) => string): string {
  let parts: { islands: Island[]; context: Map<unknown, unknown> } | null = null;
  let body = draw((islands, context) => (parts = { islands, context }));
  const { islands, context } = parts ?? { islands: [], context: new Map() };
  for (const part of islands) {
    const { name, component, props } = part;
    const place = new RegExp(`(<div class="island[^"]*" data-island="${name}">)(</div>)`);
    if (!place.test(body)) throw new Error(`prerender: the page has no place for its island "${name}"`);
    // Ids made with $props.id() are the island's own (each render counts from 1).
    const html = render(component, { props, context: islandContext(part, context), idPrefix: name }).body;
    body = body.replace(place, (_, open: string, close: string) => `${open}${html}${close}`);
  }
  return body;
}

/** An embed drawn at each of the days its picture may change on, in one language (`build/embed-pages.ts` makes its page of them). */
export interface EmbedRenders {
  readonly lang: string;
  /** The locale its dates are written in (`Intl`). */
  readonly locale: string;
  /** The embed today, with its time control and without. */
  readonly today: string;
  readonly todayWithoutControls: string;
  /** The embed at each day something may change on (each event's day and the day after it), in order; on some of them without its time control too. */
  readonly days: readonly { readonly day: Day; readonly html: string; readonly withoutControls?: string }[];
  /** The day the time axis starts on, the day the sources end (the axis's break), the share of the track after them, and its end: the day it was drawn on. */
  readonly axis: { readonly start: Day; readonly sourcesEnd: Day; readonly afterShare: number; readonly end: Day };
  /** Where it is a chart's embed: its frames' class (`lib/ui/scaled-chart.ts`), the width its chart is laid out at and the frame width the class starts at. */
  readonly chartWidth?: number;
  readonly frameFrom?: number;
  /** The words that name the day in the chart's caption ("On {date}:", the Secretariat's), where it has them. */
  readonly onTheDay?: string;
}

/**
 * The days a view's picture may change on besides the events': the Secretariat's terms' parts (a
 * bar's part is ringed from its first day) and the day the Board's members are known from.
 */
function viewDays(model: NetworkModel, view: string): Day[] {
  if (view !== 'rotation') return [];
  return [
    ...model.terms.flatMap((term) => term.segments.flatMap((s) => (s.to === null ? [s.from] : [s.from, s.to]))),
    ...model.data.board.members.map((m) => asOfDay(m.asOf, model.knowledgeEnds)),
    model.knowledgeEnds,
  ];
}

/**
 * A view's embed, prerendered in every language at each day its picture may change on: today, each
 * event's day and the day after it (anything drawn on the day of an event alone would show there), and
 * the axis's first day. Drawn as `App` draws `?embed=<view>&date=…` with the layout of each language's wide map;
 * a chart's, once for each class of frame widths (`CHART_CLASSES`), laid out at its width: in order, by language then class.
 */
export async function prerenderEmbedDays(dataDir: string, view: string, wide: Readonly<Record<string, MapLayout>>): Promise<EmbedRenders[]> {
  const model = buildModel(validateDataset(readDataTexts(dataDir)));
  const today = dayFromDate(new Date());
  // The axis's first day too: the days before the first event (no members yet) are a picture of their own.
  const days = [...new Set([AXIS_START, ...[...model.eventDays, ...viewDays(model, view)].flatMap((day) => [day, day + 1])])].filter((day) => day >= AXIS_START && day < today).sort((a, b) => a - b);
  const out: EmbedRenders[] = [];
  try {
    for (const language of LANGUAGES) {
      const catalogue = CATALOGUES[`../i18n/${language.code}.ts`];
      if (!catalogue) throw new Error(`prerender: no catalogue src/i18n/${language.code}.ts`);
      setLanguage(language, catalogue);
      for (const chart of EMBED_VIEWS[view] ? CHART_CLASSES : [null]) {
        const at = (search: string) => {
          const client = filledClient(model, wide[language.code] ?? wide.en!);
          try {
            // The map's in parts, as `main.ts` takes it over (`embed/islands.ts`).
            const start = { search, mapFrame: EMBED_FRAME, embed: Embed, embedView: EMBED_VIEWS[view], chartWidth: chart?.width };
            return withIslands((islands) => render(App, { props: { client }, context: startContext({ ...start, islands }), idPrefix: 'map' }).body);
          } finally {
            client.clear();
          }
        };
        out.push({
          lang: language.code,
          locale: language.locale,
          today: at(`?embed=${view}`),
          todayWithoutControls: at(`?embed=${view}&controls=0`),
          days: days.map((day, i) => {
            const search = `?embed=${view}&date=${dayToPartial(day, 'day')}`;
            return { day, html: at(search), withoutControls: i % 5 === 0 ? at(`${search}&controls=0`) : undefined };
          }),
          axis: { start: AXIS_START, sourcesEnd: model.knowledgeEnds, afterShare: AFTER_SOURCES_SHARE, end: today },
          chartWidth: chart?.width,
          frameFrom: chart?.from,
          // The message as it is (its hole filled with itself), which the page's script fills as `t` does.
          onTheDay: view === 'rotation' ? t('rotation.chart.on', { date: '{date}' }) : undefined,
        });
      }
    }
  } finally {
    setLanguage(LANGUAGES[0], en);
  }
  return out;
}

/** What index.html gets from the data: the masthead, the <noscript> summary and (in a build) the first view. */
export function pageParts(dataDir: string, wide: MapLayout | null): { masthead: string; noscript: string; app: string } {
  const data = validateDataset(readDataTexts(dataDir));
  const model = buildModel(data);
  return { masthead: mastheadHtml(data, model), noscript: noscriptHtml(data, model), app: wide ? prerender(model, wide) : '' };
}
