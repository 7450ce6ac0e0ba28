/**
 * The page whose HTML holds the map the build drew fetches the layout without its shapes and takes
 * them from the drawing (`map/geometry/query.ts`): what it puts together is the whole layout.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import layoutUrls, { bare as bareUrls } from 'virtual:map-layouts';
import { buildModel } from '../../../src/lib/model';
import { layoutMaps } from '../../../src/map/geometry/layout';
import { bareLayout } from '../../../src/map/geometry/plugin';
import { layoutQuery, shapesDrawnIn } from '../../../src/map/geometry/query';
import { prerender } from '../../../src/build/prerender';
import { QueryClient } from '@tanstack/svelte-query';
import { realDataset } from '../data/dataset';
import { region } from './region';

const model = buildModel(realDataset());
const { wide } = layoutMaps(region(), model);
/** The map's frame in the dashboard the build prerenders. */
const frame = () => new JSDOM(prerender(model, wide)).window.document.querySelector('#map .frame')!;

/** Serves the layouts at their URLs, and records what was asked for. */
function serveLayouts(): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = url === layoutUrls.en!.wide ? wide : url === bareUrls.en!.wide ? bareLayout(wide) : null;
    return new Response(JSON.stringify(body), { status: body ? 200 : 404 });
  });
  return asked;
}
const load = (drawnIn: Element | null) => new QueryClient().fetchQuery(layoutQuery('wide', drawnIn));

afterEach(() => vi.unstubAllGlobals());

describe('the map’s shapes taken from the prerendered page', () => {
  it('are every country’s path and the lines, as the layout has them', () => {
    const drawn = shapesDrawnIn(frame(), 'wide')!;
    expect(Object.fromEntries(drawn.paths)).toEqual(Object.fromEntries(wide.countries.map((c) => [c.iso3, c.d])));
    expect(drawn.lines).toEqual(wide.lines);
    // Another framing is not the one drawn.
    expect(shapesDrawnIn(frame(), 'narrow')).toBeNull();
  });

  it('with the bare layout make the whole one: only the bare file is fetched', async () => {
    const asked = serveLayouts();
    expect(await load(frame())).toEqual(wide);
    expect(asked).toEqual([bareUrls.en!.wide]);
    expect(bareLayout(wide).countries.every((c) => c.d === '')).toBe(true);
  });

  it('where the page has no drawing, or lacks a country, the whole layout is fetched', async () => {
    const asked = serveLayouts();
    expect(await load(null)).toEqual(wide);
    const partial = frame();
    partial.querySelectorAll('path[data-iso3="SRB"]').forEach((path) => path.remove());
    expect(await load(partial)).toEqual(wide);
    expect(asked).toEqual([layoutUrls.en!.wide, bareUrls.en!.wide, layoutUrls.en!.wide]);
  });
});
