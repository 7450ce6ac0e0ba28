/**
 * A view says what it draws, not how: whether its parts come with it or each in a task of its own is
 * the mounter's setting (lib/ui/drawing.ts), carried out below the views (lib/ui/Part, Parts and
 * parts.svelte.ts). No file of a view's folder imports the slicing parts themselves. The view folders
 * are read from the list of views (src/views/index.ts), so a new view's folder is checked too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { viewFolders } from './view-folders';

const SRC = resolve(__dirname, '../../../src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
/** The slicing parts: the part drawn later, and the slices with their lists cut into parts. */
const SLICING = /lib\/ui\/(Later(\.svelte)?|slices(\.svelte)?(\.ts)?)$/;


/** Each import of a slicing part in a folder's files, as "folder/File.svelte imports ../lib/ui/Later.svelte". */
export function slicingImports(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|svelte|js)$/.test(name)) {
        for (const match of readFileSync(path, 'utf8').matchAll(IMPORT)) {
          const spec = match[1] ?? match[2] ?? match[3]!;
          if (SLICING.test(spec)) found.push(`${relative(SRC, path)} imports ${spec}`);
        }
      }
    }
  };
  walk(join(SRC, folder));
  return found;
}

/** Each file of a folder that sets the drawing (`setDrawing` or `withDrawing` of lib/ui/drawing.ts). */
export function drawingSettings(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|svelte|js)$/.test(name) && /\b(setDrawing|withDrawing)\b/.test(readFileSync(path, 'utf8'))) found.push(relative(SRC, path));
    }
  };
  walk(join(SRC, folder));
  return found;
}

describe('views and the drawing machinery', () => {
  it('reads every view folder from the list of views', () => {
    expect(viewFolders(readFileSync(join(SRC, 'views/index.ts'), 'utf8'))).toEqual(['map', 'rotation', 'sources', 'themes', 'timeline']);
  });

  it('knows a slicing import when it sees one, and not the setting or the parts', () => {
    for (const spec of ['../lib/ui/Later.svelte', '../../lib/ui/slices.svelte', '../lib/ui/slices.svelte.ts', '../lib/ui/slices']) expect(SLICING.test(spec), spec).toBe(true);
    for (const spec of ['../lib/ui/Part.svelte', '../lib/ui/Parts.svelte', '../lib/ui/parts.svelte', '../lib/ui/drawing', './slices-layout']) expect(SLICING.test(spec), spec).toBe(false);
  });

  it('no view imports the slicing parts', () => {
    const folders = viewFolders(readFileSync(join(SRC, 'views/index.ts'), 'utf8'));
    expect(folders.flatMap(slicingImports)).toEqual([]);
  });

  it('no view sets how it is drawn: its mounter does (the page, an island, the prerender, the stage, a figure)', () => {
    const folders = viewFolders(readFileSync(join(SRC, 'views/index.ts'), 'utf8'));
    expect(folders.flatMap(drawingSettings)).toEqual([]);
  });
});
