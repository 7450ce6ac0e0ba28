/**
 * Writes the page's static parts into index.html when the app is built or served: the masthead and
 * the <noscript> summary (`static-parts.ts`), and, in a build, the dashboard's first view prerendered
 * (`prerender.ts`). They run in Node through Vite, which compiles the app's own modules for them.
 * The build also puts the entry's style sheet into the page (`inlineStyles`): the first paint then
 * waits for one file, not two.
 */
import { fileURLToPath } from 'node:url';
import { minifySync, runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mapLayoutPlugin, mapLayouts } from '../map/geometry/plugin.ts';
import { chooseLanguage } from '../i18n/choose.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { loadAfterFirstPaint } from './after-paint.ts';
import { DATA_BUNDLE, TEXTS_BUNDLE, validateDataPlugin } from '../lib/data/validate-plugin.ts';
import { csp, inlineScriptHashes, inlineStyleHashes } from './csp.ts';
import { embedPageBody } from './embed-pages.ts';
import { startEmbedPage } from '../embed/page-scripts.ts';
import { EMBED_PAGE_VIEWS, embedPageFile } from '../embed/pages.ts';
import type { EmbedRenders } from './prerender.ts';

/** The page's parts as HTML: `prerender.ts`, run through Vite (Svelte compiled for the server); in a build, each embed page's view drawn on its days too. */
async function pageParts(dataDir: string, regionFile: string, build: boolean): Promise<{ masthead: string; noscript: string; app: string; embeds: Record<string, EmbedRenders[]> }> {
  const { module } = await runnerImport<typeof import('./prerender.ts')>(fileURLToPath(new URL('./prerender.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'error',
    // Styles stay with the client's build: the HTML carries the same scoped class names.
    plugins: [svelte({ emitCss: false }), withoutStyleSheets, mapLayoutPlugin(dataDir, regionFile), validateDataPlugin(dataDir)],
    // A library of Svelte components is compiled with the app, not loaded by Node as it is.
    environments: { inline: { resolve: { noExternal: ['@tanstack/svelte-query'] } } },
  });
  if (!build) return { ...module.pageParts(dataDir, null), embeds: {} };
  // The prerender draws the map from the same layouts the build ships (made once, `mapLayouts`).
  const layouts = await mapLayouts(dataDir, regionFile);
  const wide = Object.fromEntries(Object.entries(layouts).map(([code, byAspect]) => [code, byAspect.wide]));
  const embeds: Record<string, EmbedRenders[]> = {};
  for (const view of EMBED_PAGE_VIEWS) embeds[view] = await module.prerenderEmbedDays(dataDir, view, wide);
  return { ...module.pageParts(dataDir, layouts.en!.wide), embeds };
}

/** A style sheet a view imports (`table-box.css`) is nothing to the prerender: the client's build has it. */
const withoutStyleSheets: Plugin = {
  name: 'pcocp:prerender-without-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0prerender-no-css' : null),
  load: (id) => (id === '\0prerender-no-css' ? 'export {}' : null),
};

/** Where index.html sends an embed's address (`<view>.<lang>` to the page's file), in a build. */
const embedPagesTable = () => Object.fromEntries(EMBED_PAGE_VIEWS.flatMap((view) => LANGUAGES.map((l) => [`${view}.${l.code}`, embedPageFile(view, l.code)])));

/**
 * A function's source as the page's inline script writes it: minified (its names and whitespace, 30% of
 * the first script's bytes), so that the page holds the same code in fewer bytes.
 */
const source = (fn: (...args: never[]) => unknown): string => minifySync('inline.js', `f=${fn}`, { compress: true, mangle: true }).code.replace(/^f=/, '').replace(/;\s*$/, '');

/** The language chosen before the first paint, by the same function as main.ts (its source written into the page). */
const CHOSEN = `(${source(chooseLanguage)})(location.search, navigator.languages || [], ${JSON.stringify(LANGUAGES.map((l) => l.code))})`;

export function staticHtmlPlugin(dataDir: string, regionFile: string): Plugin[] {
  let build = false;
  /** The embed pages of this build (file name to HTML without its CSP), emitted once index.html is. */
  let embedPages: Record<string, string> = {};
  return [
    {
      name: 'pcocp:static-html',
      configResolved(config) {
        build = config.command === 'build';
      },
      transformIndexHtml: {
        order: 'post',
        handler: async (html, ctx) => {
          // The build writes the first view into the page; dev mounts it in the browser.
          const { masthead, noscript, app, embeds } = await pageParts(dataDir, regionFile, build);
          const page = html
            .replace('CHOSEN_LANGUAGE', CHOSEN)
            // The embeds' own pages (none in dev, which prerenders nothing: the embed is mounted there).
            .replace('EMBED_PAGES', build ? JSON.stringify(embedPagesTable()) : 'null')
            .replace('<!--masthead-->', masthead)
            .replace('<div id="app"></div>', `<div id="app">${app}</div>\n    ${noscript}`);
          if (!build) return page.replace('/*APP*/', '');
          const { html: built, loader } = scriptAfterFirstPaint(inlineStyles(page, ctx), dataUrls(ctx));
          embedPages = {};
          for (const [view, renders] of Object.entries(embeds)) Object.assign(embedPages, await embedPagesOf(view, renders, built, loader, embedAssets(ctx, view), dataUrls(ctx, TEXTS_BUNDLE)));
          return built;
        },
      },
    },
    {
      // After Vite has written index.html (its hook is not a `post` one): the embed pages, each with its CSP.
      name: 'pcocp:embed-pages',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler() {
          if (!Object.keys(embedPages).length) throw new Error('embed/: the build wrote no embed page');
          for (const [fileName, html] of Object.entries(embedPages)) {
            const policy = `<meta http-equiv="Content-Security-Policy" content="${csp(inlineScriptHashes(html), inlineStyleHashes(html))}">`;
            this.emitFile({ type: 'asset', fileName, source: html.replace('<head>', () => `<head>\n    ${policy}`) });
          }
        },
      },
    },
  ];
}

/**
 * A view's embed pages, one per language (`src/embed/pages.ts`), made of the built index.html: its head
 * (styles, the app's script loaded after the first paint), the embed's own styles, and for a body the
 * embed prerendered today with the script that sets it to the address's day before the first paint
 * (`build/embed-pages.ts`, `embed/page-scripts.ts`). The first paint waits for that script (`rel=expect`).
 */
async function embedPagesOf(view: string, renders: readonly EmbedRenders[], index: string, loader: Loader, assets: EmbedAssets, texts: readonly string[]): Promise<Record<string, string>> {
  const { JSDOM } = await import('jsdom');
  const { document } = new JSDOM('').window;
  /** Markup as a browser reads it back (`innerHTML`). */
  const read = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.innerHTML;
  };
  const head = /<script>\{ const lang = [\s\S]*?<\/script>/;
  const body = /<body>[\s\S]*<\/body>/;
  const expect = /<link rel="expect" href="#summary" blocking="render" \/>/;
  if (!head.test(index) || !body.test(index) || !expect.test(index)) throw new Error('embed/: index.html has no first script, body or rel=expect to make the embed pages of');
  const siblings = Object.fromEntries(renders.map((r) => [r.lang, embedPageFile(view, r.lang).replace(/^embed\//, '')]));
  const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
  const pages: Record<string, string> = {};
  // A chart's embed asks for its code and both data bundles with the app's (it is taken over on the reader's
  // first intent, without waiting: main.ts); its style sheets are in the page, and each is named by a
  // disabled link (never fetched) that the code's loader finds and so does not add again.
  const chart = view !== 'map';
  const load = chart ? loader(assets.modules, texts) : loader();
  const sheets = chart ? assets.sheets.map((file) => `<link rel="stylesheet" href="/${file}" disabled />`).join('') : '';
  for (const drawn of renders) {
    if (drawn !== renders.find((r) => r.lang === drawn.lang)) continue;
    const start = `(${source(startEmbedPage)})(${json(view)}, ${json(drawn.lang)}, ${CHOSEN}, ${json(siblings)})`;
    pages[embedPageFile(view, drawn.lang)] = index
      .replace(/<html lang="[^"]*">/, `<html lang="${drawn.lang === 'en' ? 'en-GB' : drawn.lang}">`)
      .replace(head, () => `<script>{ if (${start})${load.replace(/^;/, ' ')} }</script>`)
      .replace(expect, '<link rel="expect" href="#embed-end" blocking="render" />')
      .replace('</head>', () => `<style>${assets.css}</style>${sheets}\n  </head>`)
      .replace(body, () => `<body>\n    ${embedPageBody(renders.filter((r) => r.lang === drawn.lang), read)}<i id="embed-end" hidden></i>\n  </body>`);
  }
  return pages;
}

/** The module of a chart's view, whose chunk's style sheets its embed's page needs too (the map's are the page's own). */
const VIEW_MODULES: Readonly<Record<string, string>> = { timeline: '/src/timeline/TimelineView.svelte', rotation: '/src/rotation/RotationView.svelte' };

/** What an embed's page needs of the build: its style sheets (their files and their rules), and a chart's modules. */
interface EmbedAssets {
  /** The rules of the embed's own style sheets, written into its page. */
  readonly css: string;
  /** Those style sheets' files. */
  readonly sheets: readonly string[];
  /** The modules the embed's code and a chart's view's import (their files): the page asks for them with the app's. */
  readonly modules: readonly string[];
}

/**
 * The embed's own style sheets (its chunk's, and a chart's view's with the chunks it imports), which
 * the prerendered embed needs from its first paint: they come in the embed's page too; and the modules
 * of the embed and of a chart's view, with those they import.
 */
function embedAssets(ctx: IndexHtmlTransformContext, view: string): EmbedAssets {
  type Chunk = { type: string; isEntry?: boolean; facadeModuleId?: string | null; imports?: string[]; viteMetadata?: { importedCss: Set<string> } };
  const bundle = (ctx.bundle ?? {}) as unknown as Record<string, Chunk>;
  const sheets = new Set<string>();
  const modules = new Set<string>();
  const add = (file: string) => {
    const chunk = bundle[file];
    if (modules.has(file) || chunk?.type !== 'chunk' || chunk.isEntry) return;
    modules.add(file);
    for (const sheet of chunk.viteMetadata?.importedCss ?? []) sheets.add(sheet);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  const facade = (module: string) => Object.keys(bundle).find((file) => bundle[file]!.type === 'chunk' && bundle[file]!.facadeModuleId?.endsWith(module));
  const embed = facade('/src/embed/Embed.svelte');
  if (embed) for (const sheet of bundle[embed]!.viteMetadata?.importedCss ?? []) sheets.add(sheet);
  if (!embed || !sheets.size) throw new Error('index.html: the build found no style sheet of the embed');
  if (VIEW_MODULES[view]) {
    const chart = facade(VIEW_MODULES[view]);
    if (!chart) throw new Error(`index.html: the build found no chunk of ${VIEW_MODULES[view]}`);
    // The chart's take-over (main.ts loads it on such a page), the embed's code and the view's.
    const takeOver = facade('/src/embed/take-over.ts');
    if (!takeOver) throw new Error('index.html: the build found no chunk of /src/embed/take-over.ts');
    add(takeOver);
    add(embed);
    add(chart);
  }
  // The entry's own sheet is in the page already (`inlineStyles`), emptied in its file.
  const own = [...sheets].filter((file) => !String((ctx.bundle![file] as { source: string | Uint8Array }).source).startsWith('/* In index.html'));
  return {
    css: own.map((file) => String((ctx.bundle![file] as { source: string | Uint8Array }).source)).join('').replace(/<\/style/gi, '<\\/style'),
    // (the entry's too, emptied: its rules are in the page already.)
    sheets: [...sheets],
    modules: [...modules].map((file) => `/${file}`),
  };
}

/**
 * Takes the app's module script and its preloads out of the page: the inline script in the head
 * (at its APP marker) fetches them once the prerendered page is painted (`after-paint.ts`).
 */
function scriptAfterFirstPaint(html: string, data: readonly string[]): { html: string; loader: Loader } {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry || !html.includes('/*APP*/')) throw new Error('index.html: the build found no module script, or no APP marker in the inline script to load it from');
  const preloads: string[] = [];
  const page = html.replace(entry[0], '').replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_, href: string) => {
    preloads.push(href);
    return '';
  });
  const loader: Loader = (more = [], moreData = []) => `;(${source(loadAfterFirstPaint)})(${JSON.stringify(entry[1])}, ${JSON.stringify([...preloads, ...more.filter((file) => !preloads.includes(file))])}, ${JSON.stringify([...data, ...moreData])})`;
  return { html: page.replace('/*APP*/', () => loader()), loader };
}

/** The page's inline loader of the app (`after-paint.ts`), with more modules and data to ask for after the entry's. */
type Loader = (preloads?: readonly string[], data?: readonly string[]) => string;

/** The URL of a data bundle as the build emits it (hashed): the first view's by default. */
function dataUrls(ctx: IndexHtmlTransformContext, bundle = DATA_BUNDLE): string[] {
  const file = Object.entries(ctx.bundle ?? {}).find(([, item]) => item.type === 'asset' && item.names?.[0] === bundle)?.[0];
  if (!file) throw new Error(`index.html: the build emitted no ${bundle}`);
  return [`/${file}`];
}

/**
 * Replaces the link to the entry's style sheet (about 5 KB gzipped) by the sheet itself. The file
 * stays, emptied: a view's chunk that shares the entry's code lists the sheet among what it loads
 * (Vite adds style sheets to a chunk's dependencies past any hook), and an empty sheet there costs a
 * few bytes, where the whole one again would be re-applied over the views' own. The CSP allows the
 * inline sheet by its hash (`csp.ts`). The views loaded later keep their own sheets.
 */
function inlineStyles(html: string, ctx: IndexHtmlTransformContext): string {
  const bundle = ctx.bundle;
  if (!bundle) return html;
  return html.replace(/<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)">/g, (link, file: string) => {
    const sheet = bundle[file];
    if (sheet?.type !== 'asset') return link;
    const css = String(sheet.source);
    sheet.source = '/* In index.html (src/build/static-html.ts) */';
    return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
  });
}
