/**
 * The map's layouts as build assets: when the app is built (or served in dev), the map is laid out
 * from `data/` and the committed region (`region.topo.json`) by `layout.ts`, once per language (the
 * labels are names: `by-language.ts`), and each framing is written as a content-hashed JSON file
 * (`map-wide.json` in English, `map-wide.sr-Latn.json`). The app imports their URLs from
 * `virtual:map-layouts`, by language and framing.
 *
 * Each framing is also written bare (`map-wide.bare.json`): the same layout without its shapes (the
 * countries' paths and the lines, three quarters of its bytes). A page whose HTML holds the map the
 * build drew takes the shapes from there and fetches only the bare file (`query.ts`): the paths no
 * longer travel twice in the first view.
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
const DEV_PATH = '/@pcocp/';

/** The map's layouts of each language, by language code and framing. */
export type Layouts = Record<string, Record<Aspect, MapLayout>>;

/** The last layouts made, by the texts they were made from: the build's asset and its prerender share one. */
let made: { key: string; layouts: Promise<Layouts> } | null = null;

/**
 * Both framings, laid out from the data and the region's topology (the layout code loaded through
 * Vite, as the app's own modules); made once for the same data and region.
 */
export function mapLayouts(dataDir: string, regionFile: string): Promise<Layouts> {
  const texts = readDataTexts(dataDir);
  const region = readFileSync(regionFile, 'utf8');
  const key = createHash('sha256').update(JSON.stringify(texts)).update(region).digest('hex');
  if (made?.key !== key) made = { key, layouts: layOut(texts, region) };
  return made.layouts;
}

async function layOut(texts: ReturnType<typeof readDataTexts>, region: string): Promise<Layouts> {
  const file = fileURLToPath(new URL('./by-language.ts', import.meta.url));
  const { module } = await runnerImport<typeof import('./by-language.ts')>(file, { configFile: false, logLevel: 'error' });
  return module.layoutsByLanguage(JSON.parse(region) as Topology, validateDataset(texts));
}

const fileName = (code: string, aspect: string, bare = false) => `map-${aspect}${bare ? '.bare' : ''}${code === 'en' ? '' : `.${code}`}.json`;

/** A layout without its shapes (each country's path and the lines): what the prerendered map's page fetches. */
export function bareLayout(layout: MapLayout): MapLayout {
  return { ...layout, countries: layout.countries.map((country) => ({ ...country, d: '' })), lines: { coast: '', borders: '', kosovo: '' } };
}

/** Where the dev server serves a layout (the build emits it as a hashed asset instead). */
export const devUrl = (code: string, aspect: string, bare = false) => `${DEV_PATH}${fileName(code, aspect, bare)}`;

/** The layout a dev server URL asks for, or null. */
export function layoutAtDevUrl(layouts: Layouts, url: string): MapLayout | null {
  for (const [code, byAspect] of Object.entries(layouts))
    for (const [aspect, layout] of Object.entries(byAspect)) {
      if (devUrl(code, aspect) === url) return layout;
      if (devUrl(code, aspect, true) === url) return bareLayout(layout);
    }
  return null;
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
      const layouts = await mapLayouts(dataDir, regionFile);
      const url = (code: string, aspect: string, layout: MapLayout, bare: boolean) =>
        serve
          ? `'${devUrl(code, aspect, bare)}'`
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: fileName(code, aspect, bare), source: JSON.stringify(bare ? bareLayout(layout) : layout) })}`;
      const entries = (bare: boolean) =>
        Object.entries(layouts).map(([code, byAspect]) => `'${code}': { ${Object.entries(byAspect).map(([aspect, layout]) => `${aspect}: ${url(code, aspect, layout, bare)}`).join(', ')} }`);
      return `export default { ${entries(false).join(', ')} };\nexport const bare = { ${entries(true).join(', ')} };`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url;
        if (!url?.startsWith(DEV_PATH)) return next();
        mapLayouts(dataDir, regionFile).then(
          (layouts) => {
            const found = layoutAtDevUrl(layouts, url);
            if (!found) return next();
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify(found));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
