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
import { networkQuery } from '../lib/model/query';
import { readDataTexts } from '../lib/data/validate-plugin';
import { validateDataset } from '../lib/data/validate';
import { buildModel, type NetworkModel } from '../lib/model';
import { mastheadHtml, noscriptHtml } from './static-parts';
import { layoutQuery } from '../map/geometry/query';
import { PRERENDER_FRAME, type MapLayout } from '../map/geometry/types';
import { islandContext, type Island } from '../lib/ui/island';
import { startContext } from '../start';
import Embed from '../embed/Embed.svelte';

/** A query cache with the data's model and the wide map's layout, as the browser has them when it hydrates. */
function filledClient(model: NetworkModel, wide: MapLayout): QueryClient {
  const client = createClient();
  client.setQueryData(networkQuery.queryKey, model);
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
  let parts: { islands: Island[]; context: Map<unknown, unknown> } | null = null;
  let { body } = render(App, { props: { client }, context: startContext({ search: '', mapFrame: PRERENDER_FRAME, islands: (islands, context) => (parts = { islands, context }) }) });
  const { islands, context } = parts ?? { islands: [], context: new Map() };
  for (const part of islands) {
    const { name, component, props } = part;
    const place = new RegExp(`(<div class="island[^"]*" data-island="${name}">)(</div>)`);
    if (!place.test(body)) throw new Error(`prerender: the page has no place for its island "${name}"`);
    // Ids made with $props.id() are the island's own (each render counts from 1).
    const html = render(component, { props, context: islandContext(part, context), idPrefix: name }).body;
    body = body.replace(place, (_, open: string, close: string) => `${open}${html}${close}`);
  }
  client.clear();
  return body;
}

/** The query string of the embed the build prerenders: the map at its default state. */
export const PRERENDERED_EMBED = '?embed=map';

/**
 * The map's embed at its default state as HTML, as `App` draws it at `?embed=map`; index.html carries
 * it in a <template> that its script puts in place of the dashboard on that page (`static-html.ts`).
 */
export function prerenderEmbed(model: NetworkModel, wide: MapLayout): string {
  const client = filledClient(model, wide);
  try {
    // Its map's ids are the dashboard's map's (whose island renders with the prefix "map"): the page
    // then carries the map's drawing once, and the embed takes the dashboard's (see static-html.ts).
    return render(App, { props: { client }, context: startContext({ search: PRERENDERED_EMBED, mapFrame: PRERENDER_FRAME, embed: Embed }), idPrefix: 'map' }).body;
  } finally {
    client.clear();
  }
}

/** What index.html gets from the data: the masthead, the <noscript> summary and (in a build) the first view and the map's embed. */
export function pageParts(dataDir: string, wide: MapLayout | null): { masthead: string; noscript: string; app: string; embed: string } {
  const data = validateDataset(readDataTexts(dataDir));
  const model = buildModel(data);
  return { masthead: mastheadHtml(data, model), noscript: noscriptHtml(data, model), app: wide ? prerender(model, wide) : '', embed: wide ? prerenderEmbed(model, wide) : '' };
}
