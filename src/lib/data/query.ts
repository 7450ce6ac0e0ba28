/**
 * The one query that loads the data and builds the model of the network from it, once; every
 * component that needs either shares its cache entry.
 */
import { queryOptions } from '@tanstack/svelte-query';
import { loadDataset } from './load';
import { buildModel } from '../model';

export const networkQuery = queryOptions({
  queryKey: ['network'],
  queryFn: async ({ signal }) => buildModel(await loadDataset(signal)),
});
