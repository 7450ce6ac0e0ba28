/** The one query that loads the dataset; every component that needs data shares its cache entry. */
import { queryOptions } from '@tanstack/svelte-query';
import { loadDataset } from './load';

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => loadDataset(signal),
});
