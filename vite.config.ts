/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { DATA_BUNDLE, TEXTS_BUNDLE, validateDataPlugin } from './src/lib/data/validate-plugin.ts';
import { cspPlugin } from './src/build/csp.ts';
import { staticHtmlPlugin } from './src/build/static-html.ts';
import { budgetPlugin } from './src/build/budget.ts';
import { serviceWorkerPlugin } from './src/offline/plugin.ts';
import { mapLayoutPlugin } from './src/map/geometry/plugin.ts';
import { cataloguePlugin } from './src/i18n/plugin.ts';
import { dataFilesPlugin } from './src/edit/plugin.ts';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));
const regionFile = fileURLToPath(new URL('./src/map/geometry/region.topo.json', import.meta.url));

/**
 * The modules the dashboard loads only when the reader asks (the size budget's whole page leaves them
 * out, with what only they import): the data editor, presenter mode and the stage's views, a figure or
 * a table to download, the share panel, a link that selects, another language, an embed's own parts.
 */
const ON_REQUEST = [
  'src/edit/index.ts',
  'src/present/parts.ts',
  ...['map/StageMap', 'map/StageMapKey', 'rotation/StageSecretariat', 'rotation/StageBoard', 'timeline/StageStrip', 'themes/StageThemes'].map((stage) => `src/${stage}.svelte`),
  ...['map', 'rotation', 'timeline', 'themes', 'export'].map((folder) => `src/${folder}/figure.ts`),
  'src/export/png.ts',
  'src/export/csv.ts',
  'src/shell/SharePanel.svelte',
  'src/shell/DownloadMenu.svelte',
  'src/shell/landing.ts',
  'src/i18n/sr-Latn.ts',
  'src/i18n/sr-Cyrl.ts',
  'src/embed/Embed.svelte',
  'src/embed/take-over.ts',
];

export default defineConfig({
  plugins: [
    validateDataPlugin(dataDir),
    // The files of data/ as they are on disk, for the data editor (?edit=1) alone.
    dataFilesPlugin(dataDir),
    // Every language's catalogue has every key (src/i18n/).
    cataloguePlugin(),
    svelte(),
    // The map laid out at build time, from the data and the region's geometry (src/map/geometry/layout.ts).
    mapLayoutPlugin(dataDir, regionFile),
    staticHtmlPlugin(dataDir, regionFile),
    cspPlugin(),
    // Offline after a first visit: a service worker precaches the build (app, data, geometry).
    serviceWorkerPlugin(fileURLToPath(new URL('./public', import.meta.url))),
    // Gzipped bytes of the first view, set from `npm run bench` with a little headroom (README, "Speed and size").
    // +300 B (on 74 400) for the door to the data editor (?edit=1) and the parts of Svelte's runtime it shares with the page;
    // the first view's total has 1.7 KB of room for facts added with the editor (a meeting and its source add about
    // 530 B: the data and the prerendered page), so that its export builds as it is. The data grows with the network:
    // past that room the total fails the build, until data is budgeted apart from code.
    // The JS is measured with the chunks' content hashes held still (budget.ts, withStableHashes), so the same code
    // measures the same in any folder and whatever the lazy chunks hold; about 100 B of room above what it measures.
    // Lowered in December 2026 (issue 26): the data no longer validated in the browser (valibot and the schema out,
    // -4.9 KB), the later views' English words with their code (-5.2 KB), no d3-scale; measured 64 456 and 108 268 B.
    // Then the texts only the views below show in a bundle of their own (texts.json, not in the first view: -4.9 KB),
    // the Download menu's code and the offline copy's registration chunks of their own (-1.4 KB of JS), shorter
    // scoped classes and numbers in the page; measured 63 509 and 99 747 B.
    // Then the map's fills drawn with the base layer's shapes (<use>), the country card and the members table chunks
    // of their own, the meetings' topics and the cartography's notes with the later texts, the inline scripts'
    // functions minified; measured 62 269 and 96 173 B.
    // Then the phone's map seen before the app draws it, the wide drawing's land reaching north over the square
    // frame's box (+0.6 KB of HTML); measured 62 543 and 97 053 B.
    // Then measured as the files are written (it had measured the entry before Vite wrote into it the list of
    // each lazy chunk's files, 1.4 KB that the page loads): 63 945 and 98 455 B, the same margins. And the whole
    // page (everything the dashboard loads on its own once every view has come, but the favicon's 208 B): measured
    // 153 239 B, within 150 KiB with the favicon, and the same 1.7 KB of room for facts added with the editor (a
    // source and a meeting add 339 B to it: e2e editor.spec.ts builds its export), as the first view's has.
    // Then each lowered by what leaving out the later chunks' preload lists saved (below); measured 63 053, 97 567
    // and 152 313 B, the same margins.
    // Then +49 B of JS for the map's marks starting at rest (lib/ui/eased.svelte.ts: no frame loop per mark at load);
    // measured 63 104 B.
    budgetPlugin({ js: 63_150, total: 99_262, whole: 154_014 }, { firstData: [DATA_BUNDLE], laterData: [TEXTS_BUNDLE], onRequest: ON_REQUEST }),
  ],
  build: {
    target: 'es2022',
    // Keep the data files as their own content-hashed assets (never inlined as data: URLs).
    assetsInlineLimit: 0,
    // The page's own imports are preloaded (index.html's list, asked for after the first paint:
    // build/after-paint.ts); a chunk loaded later (a view below, presenter mode, the editor) asks for its
    // imports as it is parsed: the entry carries no list of every later chunk's files (1.4 KB gzip, mostly
    // hashes), and asking for a chunk adds no <link> per file to the page (each 0.2–5 ms of the task that
    // asks, at full speed). The cost is a round trip more for a later chunk's imports on a first visit
    // (the offline copy has every file after that). A later chunk's CSS is still asked for with it.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    // The prerender and the map's layout take a few seconds of the build on purpose: no timing warnings.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // What the first view shares with the views loaded later (Svelte's runtime, the model, the words)
      // in one chunk beside the entry, not split by which later view imports which part: the first
      // view then loads two files, not four.
      output: { advancedChunks: { groups: [{ name: 'shared', test: /\/src\/(i18n\/(index|en|languages)|lib\/model\/index)\.ts$|\/node_modules\/svelte\/src\/internal\// }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // No unit test is a timing test: a shared 2-core machine under load runs some (the URL fuzz, the data checks) several times slower.
    testTimeout: 30_000,
    projects: [
      // Pure modules: plain Node.
      { extends: true, test: { name: 'node', include: ['test/unit/**/*.test.ts'], exclude: ['test/unit/**/*.svelte.test.ts'], environment: 'node' } },
      // Rune classes and components: compiled for the client (Svelte's browser build, where $effect
      // bodies run; on the server build they never do and a test inside one passes vacuously), in
      // jsdom 29.0 (the last line that runs on Node 20). test/unit/guard.svelte.test.ts checks it.
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'client', include: ['test/unit/**/*.svelte.test.ts'], environment: 'jsdom' },
      },
    ],
  },
});
