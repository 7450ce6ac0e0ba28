/**
 * Loading the map's layout for a framing, in the page's language: a content-hashed asset of the build
 * (`plugin.ts`), fetched beside the data, checked for the shape the drawing relies on.
 */
import { queryOptions } from '@tanstack/svelte-query';
import layoutUrls from 'virtual:map-layouts';
import type { Aspect, MapLayout } from './types';
import { currentLanguage, t } from '../../i18n';

/** Fetches a framing's layout; rejects with a message a reader can act on. */
export async function loadLayout(aspect: Aspect, signal?: AbortSignal, url: string = (layoutUrls[currentLanguage().code] ?? layoutUrls.en!)[aspect]): Promise<MapLayout> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(t('map.error.fetch', { status: `HTTP ${response.status}` }));
  const layout = (await response.json()) as Partial<MapLayout> | null;
  if (layout?.aspect !== aspect || !Array.isArray(layout.countries) || !Array.isArray(layout.labelSets) || !layout.labelSets.length)
    throw new Error(t('map.error.layout', { aspect: aspect === 'wide' ? t('map.aspect.wide') : t('map.aspect.narrow') }));
  return layout as MapLayout;
}

export const layoutQuery = (aspect: Aspect) =>
  queryOptions({
    queryKey: ['map-layout', aspect, currentLanguage().code],
    queryFn: ({ signal }) => loadLayout(aspect, signal),
    staleTime: Infinity,
  });
