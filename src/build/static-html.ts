/**
 * Writes the page's static parts into index.html when the app is built or served: the masthead and
 * the <noscript> summary (`static-parts.ts`), and, in a build, the dashboard's first view prerendered
 * (`prerender.ts`). They run in Node through Vite, which compiles the app's own modules for them.
 * The build also puts the entry's style sheet into the page (`inlineStyles`): the first paint then
 * waits for one file, not two.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type IndexHtmlTransformContext, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mapLayoutPlugin, mapLayouts } from '../map/geometry/plugin.ts';
import { chooseLanguage } from '../i18n/choose.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { loadAfterFirstPaint } from './after-paint.ts';
import { DATA_BUNDLE, validateDataPlugin } from '../lib/data/validate-plugin.ts';

/** The page's parts as HTML: `prerender.ts`, run through Vite (Svelte compiled for the server). */
async function pageParts(dataDir: string, regionFile: string, withApp: boolean): Promise<{ masthead: string; noscript: string; app: string; embed: string; embedSearch: string }> {
  const { module } = await runnerImport<typeof import('./prerender.ts')>(fileURLToPath(new URL('./prerender.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'error',
    // Styles stay with the client's build: the HTML carries the same scoped class names.
    plugins: [svelte({ emitCss: false }), mapLayoutPlugin(dataDir, regionFile), validateDataPlugin(dataDir)],
    // A library of Svelte components is compiled with the app, not loaded by Node as it is.
    environments: { inline: { resolve: { noExternal: ['@tanstack/svelte-query'] } } },
  });
  // The prerender draws the map from the same layout the build ships (made once, `mapLayouts`).
  return { ...module.pageParts(dataDir, withApp ? (await mapLayouts(dataDir, regionFile)).en!.wide : null), embedSearch: module.PRERENDERED_EMBED };
}

export function staticHtmlPlugin(dataDir: string, regionFile: string): Plugin {
  let build = false;
  return {
    name: 'pcocp:static-html',
    configResolved(config) {
      build = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, ctx) => {
        // The build writes the first view into the page; dev mounts it in the browser.
        const { masthead, noscript, app, embed, embedSearch } = await pageParts(dataDir, regionFile, build);
        const page = html
          // The language a page is in, chosen before the first paint by the same function as main.ts.
          .replace('CHOSEN_LANGUAGE', `(${chooseLanguage})(location.search, navigator.languages || [], ${JSON.stringify(LANGUAGES.map((l) => l.code))})`)
          // The page whose embed is prerendered (none in dev, which prerenders nothing).
          .replace('EMBED_PAGE', build ? JSON.stringify(embedSearch) : 'null')
          .replace('<!--masthead-->', masthead)
          .replace('<div id="app"></div>', `<div id="app">${app}</div>\n    ${build ? await embedTemplate(embed, app, embedStyles(ctx)) : ''}${noscript}`);
        return build ? scriptAfterFirstPaint(inlineStyles(page, ctx), dataUrls(ctx)) : page.replace('/*APP*/', '');
      },
    },
  };
}

/**
 * The map's embed at its default state, prerendered (`prerender.ts`): inert in a <template>, and put
 * in place of the dashboard, before the first paint, on the page that asks for it (index.html's first
 * script marks it `data-js="embed"`). The app then takes it over as it takes over the dashboard.
 *
 * The map's drawing (its three SVG layers, three quarters of the embed's bytes) is the dashboard's,
 * to the byte: the template carries a place for it, and the script moves the dashboard's there. Both
 * are read as documents (jsdom's parser, as a browser reads them): the drawing is the map's SVG and
 * the nodes after it up to its top layer, in each.
 */
export async function embedTemplate(embed: string, app: string, styles: string): Promise<string> {
  const { JSDOM } = await import('jsdom');
  const { document } = new JSDOM('').window;
  const parse = (html: string) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template;
  };
  /** The drawing's nodes in a page: the map's SVG, its layers and what Svelte marks between them. */
  const drawing = (page: HTMLTemplateElement): ChildNode[] => {
    const first = page.content.querySelector('svg.map-svg');
    const last = page.content.querySelector('svg.map-layer.top');
    const nodes: ChildNode[] = [];
    for (let node: ChildNode | null = first; node && last && first?.parentNode === last.parentNode; node = node.nextSibling) {
      nodes.push(node);
      if (node === last) return nodes;
    }
    return [];
  };
  const html = (nodes: readonly ChildNode[]) => nodes.map((node) => (node.nodeType === node.COMMENT_NODE ? `<!--${node.textContent}-->` : (node as Element).outerHTML)).join('');
  const [page, dashboard] = [parse(embed), parse(app)];
  const shared = drawing(page);
  if (!shared.length || html(shared) !== html(drawing(dashboard))) throw new Error("index.html: the map's embed is not drawn as the dashboard's map is (its ids, its frame or its layout differ)");
  const place = document.createElement('i');
  place.setAttribute('data-map-drawing', '');
  shared[0]!.before(place);
  for (const node of shared) node.remove();
  const move = `const drawing = document.querySelector('#app .frame'), first = drawing.querySelector('svg.map-svg'), last = drawing.querySelector('svg.map-layer.top'), nodes = [first];
while (nodes.at(-1) !== last) nodes.push(nodes.at(-1).nextSibling);
embed.querySelector('[data-map-drawing]').replaceWith(...nodes);`;
  return `<template id="embed"><style>${styles}</style>${page.innerHTML}</template><script>if (document.documentElement.dataset.js === 'embed') {
const embed = document.getElementById('embed').content;
${move}
document.getElementById('app').replaceChildren(embed);
}</script>\n    `;
}

/**
 * The embed's own style sheet (its chunk's), which the prerendered embed needs from its first paint:
 * it comes in the template too (the chunk's link, when the code comes, sets the same rules again).
 */
function embedStyles(ctx: IndexHtmlTransformContext): string {
  const chunk = Object.values(ctx.bundle ?? {}).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith('/src/embed/Embed.svelte'));
  const sheets = [...((chunk as { viteMetadata?: { importedCss: Set<string> } } | undefined)?.viteMetadata?.importedCss ?? [])];
  if (!sheets.length) throw new Error('index.html: the build found no style sheet of the embed');
  return sheets.map((file) => String((ctx.bundle![file] as { source: string | Uint8Array }).source)).join('').replace(/<\/style/gi, '<\\/style');
}

/**
 * Takes the app's module script and its preloads out of the page: the inline script in the head
 * (at its APP marker) fetches them once the prerendered page is painted (`after-paint.ts`).
 */
function scriptAfterFirstPaint(html: string, data: readonly string[]): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
  if (!entry || !html.includes('/*APP*/')) throw new Error('index.html: the build found no module script, or no APP marker in the inline script to load it from');
  const preloads: string[] = [];
  const page = html.replace(entry[0], '').replace(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g, (_, href: string) => {
    preloads.push(href);
    return '';
  });
  return page.replace('/*APP*/', `;(${loadAfterFirstPaint})(${JSON.stringify(entry[1])}, ${JSON.stringify(preloads)}, ${JSON.stringify(data)})`);
}

/** The URL of the data bundle as the build emits it (hashed). */
function dataUrls(ctx: IndexHtmlTransformContext): string[] {
  const file = Object.entries(ctx.bundle ?? {}).find(([, item]) => item.type === 'asset' && item.names?.[0] === DATA_BUNDLE)?.[0];
  if (!file) throw new Error(`index.html: the build emitted no ${DATA_BUNDLE}`);
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
