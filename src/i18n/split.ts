/**
 * The English catalogue in two parts for the browser: the words of the first view, in the page, and
 * the words only the code loaded later uses, which come with that code. `en.ts` stays the one list of
 * keys (the types, the other languages, the PO files and the prerender read it whole); the build
 * (`plugin.ts`) writes the page's `en.ts` with the first part only, and puts the rest in a module of
 * its own that every module using one of its words imports: the words are there before the code that
 * says them runs, whichever chunk it is in (`addEnglish`, `index.ts`).
 *
 * Which module is in the first view is read from the sources: the modules `main.ts` imports, and
 * theirs, not through `import()`. The build checks it against the chunks it wrote.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The module that holds the later words (virtual: written by the build from `en.ts`). */
export const LATER_WORDS = 'virtual:i18n/en-later';

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

/** The keys of `catalogue` the first view names, and the rest. */
export function splitCatalogue(catalogue: Readonly<Record<string, unknown>>, entry: string): { first: Set<string>; later: Set<string> } {
  const keys = new Set(Object.keys(catalogue));
  const first = new Set<string>();
  for (const file of firstViewModules(entry)) if (usesWords(file)) for (const key of keysIn(readFileSync(file, 'utf8'), keys)) first.add(key);
  return { first, later: new Set([...keys].filter((key) => !first.has(key))) };
}

/** A catalogue's entries for some keys, as a JavaScript object literal. */
export function entries(catalogue: Readonly<Record<string, unknown>>, keys: ReadonlySet<string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(catalogue).filter(([key]) => keys.has(key))));
}
