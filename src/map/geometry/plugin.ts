/**
 * The map's layouts as build assets: when the app is built (or served in dev), the map is laid out
 * from `data/` and the committed region (`region.topo.json`) by `layout.ts`, and each framing is
 * written as a content-hashed JSON file. The app imports their URLs from `virtual:map-layouts`.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { readDataTexts } from '../../lib/data/validate-plugin.ts';
import { validateDataset } from '../../lib/data/validate.ts';
import type { Aspect, MapLayout } from './types.ts';

const ID = 'virtual:map-layouts';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@pcocp/map-';

/** The last layouts made, by the texts they were made from: the build's asset and its prerender share one. */
let made: { key: string; layouts: Promise<Record<Aspect, MapLayout>> } | null = null;

/**
 * Both framings, laid out from the data and the region's topology (the layout code loaded through
 * Vite, as the app's own modules); made once for the same data and region.
 */
export function mapLayouts(dataDir: string, regionFile: string): Promise<Record<Aspect, MapLayout>> {
  const texts = readDataTexts(dataDir);
  const region = readFileSync(regionFile, 'utf8');
  const key = createHash('sha256').update(JSON.stringify(texts)).update(region).digest('hex');
  if (made?.key !== key) made = { key, layouts: layOut(texts, region) };
  return made.layouts;
}

async function layOut(texts: ReturnType<typeof readDataTexts>, region: string): Promise<Record<Aspect, MapLayout>> {
  const load = <T>(file: string) => runnerImport<T>(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, logLevel: 'error' }).then((r) => r.module);
  const [{ buildModel }, { layoutMaps }] = await Promise.all([
    load<typeof import('../../lib/model/index.ts')>('../../lib/model/index.ts'),
    load<typeof import('./layout.ts')>('./layout.ts'),
  ]);
  return layoutMaps(JSON.parse(region) as Topology, buildModel(validateDataset(texts)));
}

export function mapLayoutPlugin(dataDir: string, regionFile: string): Plugin {
  let serve = false;
  return {
    name: 'pcocp:map-layouts',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return;
      if (serve) return `export default { wide: '${DEV_PATH}wide.json', narrow: '${DEV_PATH}narrow.json' };`;
      const layouts = await mapLayouts(dataDir, regionFile);
      const refs = Object.fromEntries(
        Object.entries(layouts).map(([aspect, layout]) => [aspect, this.emitFile({ type: 'asset', name: `map-${aspect}.json`, source: JSON.stringify(layout) })]),
      );
      return `export default { ${Object.entries(refs).map(([aspect, ref]) => `${aspect}: import.meta.ROLLUP_FILE_URL_${ref}`).join(', ')} };`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const aspect = req.url?.startsWith(DEV_PATH) ? req.url.slice(DEV_PATH.length).replace(/\.json$/, '') : null;
        if (aspect !== 'wide' && aspect !== 'narrow') return next();
        mapLayouts(dataDir, regionFile).then(
          (layouts) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(layouts[aspect]));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
