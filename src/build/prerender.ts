/**
 * The dashboard's first view, rendered at build time (Svelte's server renderer, run in Node by
 * `static-html.ts`): the page at its default state, today, with the data and the wide map's layout
 * already in the query cache, as the browser will have them when it hydrates (`main.ts`); and the
 * page's other static parts (`static-parts.ts`).
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { createClient } from '../lib/data/client';
import { networkQuery } from '../lib/data/query';
import { readDataTexts } from '../lib/data/validate-plugin';
import { validateDataset } from '../lib/data/validate';
import { buildModel, type NetworkModel } from '../lib/model';
import { mastheadHtml, noscriptHtml } from './static-parts';
import { layoutQuery } from '../map/geometry/query';
import { PRERENDER_FRAME, type MapLayout } from '../map/geometry/types';

/** The dashboard's first view as HTML (its body; the styles are the client build's). */
export function prerender(model: NetworkModel, wide: MapLayout): string {
  const client = createClient();
  client.setQueryData(networkQuery.queryKey, model);
  client.setQueryData(layoutQuery('wide').queryKey, wide);
  const { body } = render(App, { props: { client, mapFrame: PRERENDER_FRAME } });
  client.clear();
  return body;
}

/** What index.html gets from the data: the masthead, the <noscript> summary and (in a build) the first view. */
export function pageParts(dataDir: string, wide: MapLayout | null): { masthead: string; noscript: string; app: string } {
  const data = validateDataset(readDataTexts(dataDir));
  const model = buildModel(data);
  return { masthead: mastheadHtml(data, model), noscript: noscriptHtml(data, model), app: wide ? prerender(model, wide) : '' };
}
