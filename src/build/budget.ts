/**
 * Size budgets the build must hold. After the bundle is written, the gzipped bytes of what the first
 * view loads are summed: the entry chunk and every chunk it imports statically (not the chunks loaded
 * on demand, nor chunks only they import), the CSS those chunks bring, the data files, the map's wide
 * layout without its shapes (the prerendered page, drawn at the desktop's frame, holds them:
 * `map/geometry/query.ts`), and index.html with the prerendered view. Then the whole page: all the
 * dashboard loads on its own once every view has come (the views below, the later texts, what it fetches
 * when idle), counted as every chunk the entry reaches through its imports, static or not, except
 * through the modules it loads only when asked (`onRequest`: the editor, the stage, another language,
 * a download...): a chunk the page comes to load some new way is counted until it is named there. Over
 * budget, the build fails and says by how much. The figures are set from `npm run bench` (see README,
 * "Speed and size").
 */
import { gzipSync } from 'node:zlib';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export interface Budget {
  /** Gzipped bytes of all JavaScript the first view loads. */
  js: number;
  /** Gzipped bytes of everything the first view loads. */
  total: number;
  /** Gzipped bytes of everything the dashboard loads on its own, once every view has come. */
  whole: number;
}

/** What the budgets count: the data bundles (the first view's, the later texts') and the modules loaded only when the reader asks. */
export interface Counted {
  /** The data bundles' names: the first view's (`data.json`) and the ones fetched with the views below. */
  readonly firstData: readonly string[];
  readonly laterData: readonly string[];
  /** Modules (their paths from the project's root, `src/edit/index.ts`) whose chunks, and what only they import, the page loads only when asked. */
  readonly onRequest: readonly string[];
}

const gzipped = (source: string | Uint8Array) => gzipSync(source).length;

/**
 * A chunk's code with the content hashes of the file names it holds ("edit-C-fZM6z_.js") replaced
 * by stand-ins of the same length made from the names alone. The hashes change with any lazy chunk's
 * code (an edit to the data editor renames every chunk the entry lists), and their gzipped bytes
 * wander by ±10 B with them: the budget measures the first view's code, not that luck.
 */
export function withStableHashes(code: string): string {
  const seen = new Map<string, string>();
  const count = new Map<string, number>();
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  return code.replace(/([\w.]+)-([A-Za-z0-9_-]{8})\.(js|css|json)\b/g, (_, name: string, hash: string, ext: string) => {
    const key = `${name}.${ext}:${hash}`;
    if (!seen.has(key)) {
      const n = (count.get(`${name}.${ext}`) ?? 0) + 1;
      count.set(`${name}.${ext}`, n);
      // FNV-1a of the name and its ordinal, spelled in the hashes' alphabet.
      let h = 0x811c9dc5;
      for (const c of `${name}.${ext}#${n}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
      let stand = '';
      for (let i = 0; i < 8; i++) {
        h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
        stand += ALPHABET[h % 64];
      }
      seen.set(key, stand);
    }
    return `${name}-${seen.get(key)}.${ext}`;
  });
}

/**
 * The chunks reached from the entries, each through the files `next` gives for it, with the CSS
 * they bring (not that of `except`).
 */
function reached(bundle: OutputBundle, next: (chunk: OutputChunk) => readonly string[], except: ReadonlySet<string> = new Set()): { chunks: Map<string, OutputChunk>; css: Set<string> } {
  const chunks = new Map<string, OutputChunk>();
  const visit = (file: string) => {
    const item = bundle[file];
    if (!item || item.type !== 'chunk' || chunks.has(file)) return;
    chunks.set(file, item);
    for (const imported of next(item)) visit(imported);
  };
  for (const [file, item] of Object.entries(bundle)) if (item.type === 'chunk' && item.isEntry) visit(file);
  const css = new Set<string>();
  for (const chunk of chunks.values()) for (const sheet of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) if (!except.has(sheet)) css.add(sheet);
  return { chunks, css };
}

/** The files the first view loads, with their gzipped bytes: the chunks the entry imports statically, their CSS, the data, the map's bare layout and the page. */
export function firstViewFiles(bundle: OutputBundle, dataFiles: readonly string[]): { file: string; bytes: number; kind: 'js' | 'css' | 'data' | 'map' | 'html' }[] {
  const { chunks, css } = reached(bundle, (chunk) => chunk.imports);
  const out: { file: string; bytes: number; kind: 'js' | 'css' | 'data' | 'map' | 'html' }[] = [];
  for (const [file, chunk] of chunks) out.push({ file, bytes: gzipped(withStableHashes(chunk.code)), kind: 'js' });
  for (const [file, item] of Object.entries(bundle)) {
    if (item.type !== 'asset') continue;
    const name = item.names?.[0] ?? item.name ?? '';
    if (css.has(file)) out.push({ file, bytes: gzipped(item.source), kind: 'css' });
    else if (dataFiles.includes(name)) out.push({ file, bytes: gzipped(item.source), kind: 'data' });
    else if (name === 'map-wide.bare.json') out.push({ file, bytes: gzipped(item.source), kind: 'map' });
  }
  const html = bundle['index.html'];
  if (html?.type === 'asset') out.push({ file: 'index.html', bytes: gzipped(html.source), kind: 'html' });
  return out;
}

/**
 * The files the whole page loads on its own, beyond the first view's (`first`): every chunk the entry
 * reaches through static and dynamic imports, not through a module of `onRequest`; their CSS; the
 * later data bundles.
 */
export function laterFiles(bundle: OutputBundle, counted: Counted, first: ReadonlySet<string>): { file: string; bytes: number; kind: 'js' | 'css' | 'data' }[] {
  const asked = (file: string) => {
    const item = bundle[file];
    return item?.type === 'chunk' && counted.onRequest.some((module) => item.facadeModuleId?.endsWith(`/${module}`));
  };
  const { chunks, css } = reached(bundle, (chunk) => [...chunk.imports, ...chunk.dynamicImports.filter((file) => !asked(file))], first);
  const out: { file: string; bytes: number; kind: 'js' | 'css' | 'data' }[] = [];
  for (const [file, chunk] of chunks) if (!first.has(file)) out.push({ file, bytes: gzipped(withStableHashes(chunk.code)), kind: 'js' });
  for (const [file, item] of Object.entries(bundle)) {
    if (item.type !== 'asset') continue;
    if (css.has(file)) out.push({ file, bytes: gzipped(item.source), kind: 'css' });
    else if (counted.laterData.includes(item.names?.[0] ?? item.name ?? '')) out.push({ file, bytes: gzipped(item.source), kind: 'data' });
  }
  return out;
}

export function budgetPlugin(budget: Budget, counted: Counted): Plugin {
  return {
    name: 'pcocp:budget',
    apply: 'build',
    enforce: 'post',
    writeBundle(_, bundle) {
      // For profiling builds only (unminified, with source maps): PCOCP_SKIP_BUDGET=1.
      if (process.env.PCOCP_SKIP_BUDGET) return this.warn('size budget not checked (PCOCP_SKIP_BUDGET)');
      const files = firstViewFiles(bundle as unknown as OutputBundle, counted.firstData);
      const later = laterFiles(bundle as unknown as OutputBundle, counted, new Set(files.map((f) => f.file)));
      const sum = (list: readonly { bytes: number }[]) => list.reduce((total, f) => total + f.bytes, 0);
      const js = sum(files.filter((f) => f.kind === 'js'));
      const total = sum(files);
      const whole = total + sum(later);
      const lines = [...files.map((f) => `${f.file}: ${f.bytes} B gzip (${f.kind})`), ...later.map((f) => `${f.file}: ${f.bytes} B gzip (${f.kind}, later)`)];
      const over: string[] = [];
      if (js > budget.js) over.push(`JavaScript is ${js} B gzip, over its budget of ${budget.js} B`);
      if (total > budget.total) over.push(`the first view is ${total} B gzip, over its budget of ${budget.total} B`);
      if (whole > budget.whole) over.push(`the whole page is ${whole} B gzip, over its budget of ${budget.whole} B`);
      if (over.length) this.error(`Size budget exceeded: ${over.join('; ')}.\n${lines.join('\n')}`);
      this.info(`size budget held: JS ${js}/${budget.js} B gzip, first view ${total}/${budget.total} B gzip, whole page ${whole}/${budget.whole} B gzip`);
    },
  };
}
