// Writes src/map/geometry/region.topo.json: world-atlas's countries-50m cut to the map's region
// (see cut.ts). Run it after changing the projection, the frame or the cut: `npm run map:geometry`.
// test/unit/map/geometry.test.ts fails while the committed file differs from what this makes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const require = createRequire(import.meta.url);
const { module: cut } = await runnerImport(fileURLToPath(new URL('./cut.ts', import.meta.url)), { configFile: false, logLevel: 'error' });
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const text = cut.serialise(cut.cutRegion(atlas));
const out = fileURLToPath(new URL('./region.topo.json', import.meta.url));
writeFileSync(out, text);
console.log(`${out}: ${text.length} B, ${gzipSync(text).length} B gzip`);
