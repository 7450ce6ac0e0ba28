/**
 * The queries that load the data and build the model of the network from it, once each; every
 * component that needs one shares its cache entry. The model is the same in every language (its words
 * are put on where they are shown: words.ts).
 *
 * Two models: the first view's (`firstViewQuery`, from the first bundle: the counters, the time
 * control, the map) and the whole one (`networkQuery`, the later texts joined: the views below, the
 * sources, embeds of a chart, presenter mode, downloads), fetched with the later views' code. Their
 * facts are the same (the model is built from no later text: `test/unit/data/bundles.test.ts`); the
 * first bundle is fetched once for both.
 */
import { queryOptions } from '@tanstack/svelte-query';
import { datasetOf, loadFirstBundle, loadTextsBundle } from '../data/load';
import { buildModel } from './network';
import { yieldToMain } from '../ui/yield';

/** The first view's bundle, as it came: both models are built from it (their queries try again, not this one). */
const firstBundle = queryOptions({ queryKey: ['data', 'first'], queryFn: ({ signal }) => loadFirstBundle(signal), staleTime: Infinity, retry: false });

export const firstViewQuery = queryOptions({
  queryKey: ['network', 'first'],
  // Checking the data and building the model are two tasks, not one long one.
  queryFn: async ({ client }) => {
    const values = await client.fetchQuery(firstBundle);
    await yieldToMain();
    return buildModel(datasetOf(values));
  },
});

export const networkQuery = queryOptions({
  queryKey: ['network'],
  queryFn: async ({ client, signal }) => {
    const [values, texts] = await Promise.all([client.fetchQuery(firstBundle), loadTextsBundle(signal)]);
    await yieldToMain();
    return buildModel(datasetOf(values, texts));
  },
});

/**
 * The model a page starts with: the whole one for a chart's embed and presenter mode (they show the
 * later texts at once), else the first view's (the dashboard, the map's embed).
 */
export const pageModelQuery = (start: { readonly embed: string | null; readonly present: boolean }) =>
  (start.embed && start.embed !== 'map') || start.present ? networkQuery : firstViewQuery;
