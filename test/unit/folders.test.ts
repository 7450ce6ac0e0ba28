/**
 * The folders of src/ import each other one way only: a folder that imports another is never
 * imported back, directly or through others. The graph is read from the sources (every relative
 * import, export … from and import(), types included), one node per folder.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { viewFolders } from './views/view-folders';

const SRC = resolve(__dirname, '../../src');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/** Folder → folder it imports → the first import that does it ("map/MapView.svelte imports ./geometry/query"). */
export function folderGraph(root: string): Map<string, Map<string, string>> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|svelte|js|mjs)$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const folder = (path: string) => relative(root, path) || '.';
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3]!;
      if (!spec.startsWith('.')) continue;
      let target = resolve(dirname(file), spec);
      try {
        if (statSync(target).isDirectory()) target = join(target, 'index.ts');
      } catch {
        // A file named without its extension: its folder is the folder of the path as written.
      }
      const [from, to] = [folder(dirname(file)), folder(dirname(target))];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${relative(root, file)} imports ${spec}`);
    }
  }
  return graph;
}

/** Every cycle's folders, as one path that returns to its start (one per strongly connected group). */
export function folderCycles(graph: Map<string, Map<string, string>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) return void cycles.push([...path.slice(at), node]);
    if (done.has(node)) return;
    for (const next of graph.get(node)?.keys() ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node, []);
  return cycles;
}

describe('folder imports', () => {
  it('finds a cycle when there is one, and none without', () => {
    const g = (edges: [string, string][]) => new Map(edges.map(([a, b]) => [a, new Map([[b, `${a} imports ${b}`]])]));
    expect(folderCycles(g([['a', 'b'], ['b', 'c']]))).toEqual([]);
    expect(folderCycles(g([['a', 'b'], ['b', 'a']]))).toEqual([['a', 'b', 'a']]);
    expect(folderCycles(g([['a', 'b'], ['b', 'c'], ['c', 'a']]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('no view\'s folder imports another view\'s: what two views share lives below them (lib/)', () => {
    const graph = folderGraph(SRC);
    const views = viewFolders(readFileSync(join(SRC, 'views/index.ts'), 'utf8'));
    expect(views).toEqual(expect.arrayContaining(['map', 'rotation', 'themes', 'timeline']));
    const crossings = views.flatMap((view) => [...(graph.get(view) ?? new Map<string, string>())].filter(([to]) => views.includes(to.split('/')[0]!) && !to.startsWith(`${view}/`)).map(([, why]) => why));
    expect(crossings).toEqual([]);
  });

  it('src/ has no cycle between folders', () => {
    const graph = folderGraph(SRC);
    expect(graph.get('map')?.has('map/geometry')).toBe(true); // the graph is read at all
    const cycles = folderCycles(graph).map((cycle) => cycle.slice(1).map((to, i) => graph.get(cycle[i]!)!.get(to)!).join(' → '));
    expect(cycles).toEqual([]);
  });
});
