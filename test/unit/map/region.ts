/** The atlas and the committed region topology, for the map's tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

// From the project's root (where npm runs the tests), not import.meta.url: under jsdom it is no file URL.
const require = createRequire(join(process.cwd(), 'package.json'));
export const REGION_FILE = join(process.cwd(), 'src/map/geometry/region.topo.json');

export function atlas50m(): Topology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

export function regionText(): string {
  return readFileSync(REGION_FILE, 'utf8');
}

export function region(): Topology {
  return JSON.parse(regionText()) as Topology;
}
