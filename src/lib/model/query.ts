/**
 * The one query that loads the data and builds the model of the network from it, once; every
 * component that needs either shares its cache entry.
 */
import { queryOptions } from '@tanstack/svelte-query';
import { loadDataset } from '../data/load';
import { buildModel } from './network';
import { yieldToMain } from '../ui/yield';
import { currentLanguage, currentMessages } from '../../i18n';
import type { Dataset } from '../data/schema';

/** The data's own words in the page's language (loaded only for a language other than English). */
async function inLanguage(data: Dataset): Promise<Dataset> {
  const language = currentLanguage();
  if (language.code === 'en') return data;
  const { localizeDataset } = await import('../data/localize');
  return localizeDataset(data, currentMessages(), language.locale);
}

export const networkQuery = queryOptions({
  queryKey: ['network'],
  // Checking the data and building the model are two tasks, not one long one.
  queryFn: async ({ signal }) => {
    const data = await loadDataset(signal);
    await yieldToMain();
    return buildModel(await inLanguage(data));
  },
});
