/**
 * The dashboard's first view, rendered at build time (Svelte's server renderer, run in Node by
 * `static-html.ts`): the page at its default state, today, with the data and the wide map's layout
 * already in the query cache, as the browser will have them when it hydrates (`main.ts`); and the
 * page's other static parts (`static-parts.ts`).
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import App from '../App.svelte';
import { createClient } from '../lib/data/client';
import { networkQuery } from '../lib/data/query';
import { readDataTexts } from '../lib/data/validate-plugin';
import { validateDataset } from '../lib/data/validate';
import { buildModel, type NetworkModel } from '../lib/model';
import { mastheadHtml, noscriptHtml } from './static-parts';
import { layoutMaps } from '../map/geometry/layout';
import { layoutQuery } from '../map/geometry/query';
import { PRERENDER_FRAME } from '../map/geometry/types';

/** The dashboard's first view as HTML (its body; the styles are the client build's). */
export function prerender(model: NetworkModel, regionFile: string): string {
  const layouts = layoutMaps(JSON.parse(readFileSync(regionFile, 'utf8')) as Topology, model);
  const client = createClient();
  client.setQueryData(networkQuery.queryKey, model);
  client.setQueryData(layoutQuery('wide').queryKey, layouts.wide);
  const { body } = render(App, { props: { client, mapFrame: PRERENDER_FRAME } });
  client.clear();
  return body;
}

/** What index.html gets from the data: the masthead, the <noscript> summary and (in a build) the first view. */
export function pageParts(dataDir: string, regionFile: string, withApp: boolean): { masthead: string; noscript: string; app: string } {
  const data = validateDataset(readDataTexts(dataDir));
  const model = buildModel(data);
  return { masthead: mastheadHtml(data, model), noscript: noscriptHtml(data, model), app: withApp ? prerender(model, regionFile) : '' };
}
