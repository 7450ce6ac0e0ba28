/**
 * The English catalogue in two parts for the browser: the words of the first view, in the page, and
 * the words only the code loaded later uses, which come with that code. `en.ts` stays the one list of
 * keys (the types, the other languages, the PO files and the prerender read it whole); the build
 * (`plugin.ts`) writes the page's `en.ts` with the first part only, and puts the rest in modules of
 * their own, one per folder of src/ whose modules alone name them (and one for the words several
 * folders name), that every module using one of their words imports: the words are there before the
 * code that says them runs, whichever chunk it is in (`addEnglish`, `index.ts`), and the timeline's
 * words do not come with the presenter's.
 *
 * Which module is in the first view is read from the sources: the modules `main.ts` imports, and
 * theirs, not through `import()`. The build checks it against the chunks it wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The modules that hold the later words, one per part (virtual: written by the build from `en.ts`). */
export const LATER_WORDS = 'virtual:i18n/en-later/';

/** Static imports: `import … from '…'`, `export … from '…'`, `import '…'`; not `import type`, not `import()`. */
const STATIC_IMPORT = /(?:^|[\n;}])\s*(?:import(?!\s+type\s)\s[^'"()]*?from\s*|export(?!\s+type\s)\s[^'"()]*?from\s*|import\s*)['"]([^'"]+)['"]/g;
/**
 * A key-like text between quotes (any quotes): not paired quote by quote, since an apostrophe in a
 * component's markup ("the dashboard's") would put every literal after it out of step.
 */
const LITERAL = /['"`]([\w.-]+)(?=['"`])/g;

/** The catalogue keys a module's code names, as string literals. */
export function keysIn(code: string, keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const match of code.matchAll(LITERAL)) {
    if (keys.has(match[1]!)) found.add(match[1]!);
  }
  return found;
}

/** The file a relative import names, or undefined (a package, a virtual module, an asset). */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

/** The source files of the first view: `entry` and everything it imports statically, transitively. */
export function firstViewModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|js|svelte)$/.test(file)) return;
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, match[1]!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

/** Whether a module's words are looked at: the catalogues themselves are not users of their keys. */
export const usesWords = (file: string): boolean => /\.(ts|js|svelte)$/.test(file) && !/\/src\/i18n\//.test(file) && !/\/src\/build\//.test(file);

/** Every module of `root` (src/) whose words are looked at. */
export function wordUsers(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? wordUsers(path) : usesWords(path) ? [path] : [];
  });
}

/** The folder of src/ a module is in ("timeline" for src/timeline/lanes-layout.ts). */
const folderOf = (root: string, file: string) => relative(root, file).split(sep)[0]!.replace(/\.(ts|js|svelte)$/, '');

/** The part of the later words named by modules of more than one folder. */
export const COMMON_PART = 'common';

/**
 * The keys of `catalogue` the first view's modules name (`first`), and the others by part: a key
 * that the modules of one folder alone name is in that folder's part ("timeline"), one that several
 * folders' modules name in `COMMON_PART`. A key no module of `root` names is in no part: the page
 * never says it (the prerender's own words, `build.…`, are said at build time).
 */
export function splitCatalogue(catalogue: Readonly<Record<string, unknown>>, entry: string, root = dirname(entry)): { first: Set<string>; parts: Map<string, Set<string>> } {
  const keys = new Set(Object.keys(catalogue));
  const firstModules = firstViewModules(entry);
  const first = new Set<string>();
  const folders = new Map<string, Set<string>>();
  for (const file of wordUsers(root)) {
    for (const key of keysIn(readFileSync(file, 'utf8'), keys)) {
      if (firstModules.has(file)) first.add(key);
      else folders.set(key, (folders.get(key) ?? new Set()).add(folderOf(root, file)));
    }
  }
  const parts = new Map<string, Set<string>>();
  for (const [key, named] of folders) {
    if (first.has(key)) continue;
    const part = named.size === 1 ? [...named][0]! : COMMON_PART;
    parts.set(part, (parts.get(part) ?? new Set()).add(key));
  }
  return { first, parts };
}

/** A catalogue's entries for some keys, as a JavaScript object literal. */
export function entries(catalogue: Readonly<Record<string, unknown>>, keys: ReadonlySet<string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(catalogue).filter(([key]) => keys.has(key))));
}
