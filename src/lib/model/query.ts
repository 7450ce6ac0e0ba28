/**
 * The one query that loads the data and builds the model of the network from it, once; every
 * component that needs either shares its cache entry. The model is the same in every language (its
 * words are put on where they are shown: words.ts).
 */
import { queryOptions } from '@tanstack/svelte-query';
import { loadDataset } from '../data/load';
import { buildModel } from './network';
import { yieldToMain } from '../ui/yield';

export const networkQuery = queryOptions({
  queryKey: ['network'],
  // Checking the data and building the model are two tasks, not one long one.
  queryFn: async ({ signal }) => {
    const data = await loadDataset(signal);
    await yieldToMain();
    return buildModel(data);
  },
});
