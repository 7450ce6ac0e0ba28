/**
 * Loading the region's geometry: the cut topology is a content-hashed asset of the build (see
 * `cut.ts`), fetched beside the data and checked for the shape the map relies on.
 */
import { queryOptions } from '@tanstack/svelte-query';
import * as v from 'valibot';
import type { Topology } from 'topojson-specification';
import regionUrl from './region.topo.json?url';

const topologySchema = v.looseObject({
  type: v.literal('Topology'),
  arcs: v.array(v.array(v.array(v.number()))),
  transform: v.object({ scale: v.tuple([v.number(), v.number()]), translate: v.tuple([v.number(), v.number()]) }),
  objects: v.looseObject({ countries: v.looseObject({ type: v.literal('GeometryCollection'), geometries: v.array(v.looseObject({})) }) }),
});

/** Fetches and checks the topology; rejects with a message a reader can act on. */
export async function loadRegion(signal?: AbortSignal, url: string = regionUrl): Promise<Topology> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The map's geometry could not be fetched (HTTP ${response.status}).`);
  const result = v.safeParse(topologySchema, await response.json());
  if (!result.success) throw new Error(`The map's geometry is not a topology of countries (${result.issues[0].message}).`);
  return result.output as unknown as Topology;
}

export const regionQuery = queryOptions({
  queryKey: ['map-region'],
  queryFn: ({ signal }) => loadRegion(signal),
  staleTime: Infinity,
});
