/**
 * Loading the map's layout for a framing, in the page's language: a content-hashed asset of the build
 * (`plugin.ts`), fetched beside the data, checked for the shape the drawing relies on. Where the page's
 * HTML holds the map the build drew in that framing, its shapes are taken from there and only the
 * layout without them is fetched (a quarter of the bytes): the paths do not travel twice.
 */
import { queryOptions } from '@tanstack/svelte-query';
import layoutUrls, { bare as bareUrls } from 'virtual:map-layouts';
import type { Aspect, MapLayout } from './types';
import { currentLanguage, t } from '../../i18n';

/** The shapes of a drawn map: each country's path by ISO code, and the lines. */
export interface DrawnShapes {
  readonly paths: ReadonlyMap<string, string>;
  readonly lines: MapLayout['lines'];
}

/** The shapes of the map drawn in `frame` (the prerendered map's `.frame`), or null where it holds no map of this framing. */
export function shapesDrawnIn(frame: Element | null | undefined, aspect: Aspect): DrawnShapes | null {
  if (!frame || frame.getAttribute('data-aspect') !== aspect) return null;
  const paths = new Map<string, string>();
  for (const path of frame.querySelectorAll('path[data-iso3]')) {
    const iso3 = path.getAttribute('data-iso3');
    const d = path.getAttribute('d');
    if (iso3 && d !== null && !paths.has(iso3)) paths.set(iso3, d);
  }
  const line = (name: string) => frame.querySelector(`path.${name}`)?.getAttribute('d') ?? null;
  const [coast, borders, kosovo] = [line('coast'), line('borders'), line('kosovo-boundary')];
  if (!paths.size || coast === null || borders === null || kosovo === null) return null;
  return { paths, lines: { coast, borders, kosovo } };
}

const urlsOf = (urls: typeof layoutUrls, aspect: Aspect) => (urls[currentLanguage().code] ?? urls.en!)[aspect];

/** Fetches a framing's layout; rejects with a message a reader can act on. */
export async function loadLayout(aspect: Aspect, signal?: AbortSignal, url: string = urlsOf(layoutUrls, aspect)): Promise<MapLayout> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(t('map.error.fetch', { status: `HTTP ${response.status}` }));
  const layout = (await response.json()) as Partial<MapLayout> | null;
  if (layout?.aspect !== aspect || !Array.isArray(layout.countries) || !Array.isArray(layout.labelSets) || !layout.labelSets.length)
    throw new Error(t('map.error.layout', { aspect: aspect === 'wide' ? t('map.aspect.wide') : t('map.aspect.narrow') }));
  return layout as MapLayout;
}

/** A framing's layout with the shapes of the map drawn on the page: the bare layout, filled in (the whole one where a shape is not drawn). */
export async function loadLayoutBeside(drawn: DrawnShapes, aspect: Aspect, signal?: AbortSignal): Promise<MapLayout> {
  const layout = await loadLayout(aspect, signal, urlsOf(bareUrls, aspect));
  if (!layout.countries.every((country) => drawn.paths.has(country.iso3))) return loadLayout(aspect, signal);
  return { ...layout, countries: layout.countries.map((country) => ({ ...country, d: drawn.paths.get(country.iso3)! })), lines: drawn.lines };
}

/**
 * A framing's layout; `drawnIn`: the frame of the map the build drew into the page, whose shapes it
 * takes (read at once: a page that draws itself afresh replaces the build's drawing right after).
 */
export const layoutQuery = (aspect: Aspect, drawnIn?: Element | null) => {
  const drawn = shapesDrawnIn(drawnIn, aspect);
  return queryOptions({
    queryKey: ['map-layout', aspect, currentLanguage().code],
    queryFn: ({ signal }) => (drawn ? loadLayoutBeside(drawn, aspect, signal) : loadLayout(aspect, signal)),
    staleTime: Infinity,
  });
};
