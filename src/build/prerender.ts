/**
 * The dashboard's first view, rendered at build time (Svelte's server renderer, run in Node by
 * `static-html.ts`): the page at its default state, today, with the data and the wide map's layout
 * already in the query cache, as the browser will have them when it hydrates (`main.ts`).
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import App from '../App.svelte';
import { createClient } from '../lib/data/client';
import { networkQuery } from '../lib/data/query';
import { readDataTexts } from '../lib/data/validate-plugin';
import { validateDataset } from '../lib/data/validate';
import { buildModel } from '../lib/model';
import { layoutMaps } from '../map/geometry/layout';
import { layoutQuery } from '../map/geometry/query';
import { PRERENDER_FRAME } from '../map/geometry/types';

export function prerender(dataDir: string, regionFile: string): { head: string; body: string } {
  const model = buildModel(validateDataset(readDataTexts(dataDir)));
  const layouts = layoutMaps(JSON.parse(readFileSync(regionFile, 'utf8')) as Topology, model);
  const client = createClient();
  client.setQueryData(networkQuery.queryKey, model);
  client.setQueryData(layoutQuery('wide').queryKey, layouts.wide);
  const { head, body } = render(App, { props: { client, mapFrame: PRERENDER_FRAME } });
  client.clear();
  return { head, body };
}
