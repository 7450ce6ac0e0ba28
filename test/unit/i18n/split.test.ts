/**
 * The English catalogue split for the page (src/i18n/split.ts): the first view's words, and the
 * words that come with the code loaded later. The build checks the chunks it writes (plugin.ts);
 * here, the parts and how a module's words are found.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import en from '../../../src/i18n/en';
import { firstViewModules, keysIn, splitCatalogue, usesWords } from '../../../src/i18n/split';

const SRC = resolve(__dirname, '../../../src');
const ENTRY = join(SRC, 'main.ts');
const KEYS = new Set(Object.keys(en));

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : [path];
  });
}

describe('the English catalogue in parts', () => {
  const { first, parts } = splitCatalogue(en, ENTRY);
  const later = new Set([...parts.values()].flatMap((keys) => [...keys]));
  const named = new Set(sources().filter(usesWords).flatMap((file) => [...keysIn(readFileSync(file, 'utf8'), KEYS)]));

  it('holds every key the page names in one part only, and no other', () => {
    const all = [first, ...parts.values()].flatMap((keys) => [...keys]);
    expect(all.length).toBe(new Set(all).size);
    expect(new Set(all)).toEqual(named);
    // The keys no module of the page names are the prerender's own (src/build/), said at build time.
    expect([...KEYS].filter((key) => !named.has(key)).every((key) => key.startsWith('build.'))).toBe(true);
  });

  it('leaves the later views’ words out of the first view (most of the catalogue), each view’s with it', () => {
    expect(later.size).toBeGreaterThan(KEYS.size / 2);
    expect(first).toContain('shell.toolbar.figureRotation');
    expect(later).not.toContain('word.timeline');
    expect([...parts.get('timeline')!].every((key) => !parts.get('present')?.has(key))).toBe(true);
    expect(parts.get('timeline')!.size).toBeGreaterThan(20);
  });

  it('every key a module calls t() with is a key of the catalogue, so in one of its parts', () => {
    const said = new Map<string, string>();
    for (const file of sources().filter(usesWords)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([\w.-]+)['"`]/g)) said.set(match[1]!, file);
    }
    expect(said.size).toBeGreaterThan(100);
    expect([...said].filter(([key]) => !first.has(key) && !later.has(key))).toEqual([]);
  });

  it('reads the first view’s modules through static imports only, not import()', () => {
    const modules = firstViewModules(ENTRY);
    expect(modules).toContain(join(SRC, 'shell/Toolbar.svelte'));
    expect(modules).toContain(join(SRC, 'map/MapView.svelte'));
    expect(modules).not.toContain(join(SRC, 'timeline/TimelineView.svelte'));
    expect(modules).not.toContain(join(SRC, 'rotation/RotationView.svelte'));
  });
});

describe('a module’s words (keysIn)', () => {
  it('finds keys quoted any way, and after an apostrophe in markup', () => {
    const code = `<p>The dashboard's view</p>\n{t('a.b')} {t("c.d", { n })} {t(\`e.f\`)} <p>don't</p> {x ? 'g.h' : 'none'}`;
    expect([...keysIn(code, new Set(['a.b', 'c.d', 'e.f', 'g.h', 'i.j']))].sort()).toEqual(['a.b', 'c.d', 'e.f', 'g.h']);
  });

  it('does not take a longer text for a key', () => {
    expect([...keysIn(`'a.b.c' 'xa.b' "a.b "`, new Set(['a.b']))]).toEqual([]);
  });
});
