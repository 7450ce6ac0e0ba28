/** The atlas and the committed region topology, for the map's tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
export const REGION_FILE = fileURLToPath(new URL('../../../src/map/geometry/region.topo.json', import.meta.url));

export function atlas50m(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

export function regionText(): string {
  return readFileSync(REGION_FILE, 'utf8');
}

export function region(): Topology {
  return JSON.parse(regionText()) as Topology;
}
