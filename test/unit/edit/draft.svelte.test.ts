/**
 * The editor's draft: kept in the browser's storage after each change and found there again, the
 * published value never kept as a change, discarded on request, and said to be stale when the
 * published data changed under it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Draft } from '../../../src/edit/draft.svelte';
import { readDataFolder } from '../../../src/edit/plugin';
import type { Json } from '../../../src/lib/data/sources-check';

const PUBLISHED = readDataFolder(join(process.cwd(), 'data'));

/** A Storage of our own (jsdom's localStorage is shared between tests). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the draft', () => {
  it('is kept after each change and found again by the next page, until it is discarded', () => {
    const storage = memoryStorage();
    const draft = new Draft(PUBLISHED, storage);
    const themes = draft.value('themes.json') as { id: string; label: string }[];
    draft.setJson('themes.json', themes.map((t, i) => (i === 0 ? { ...t, label: 'A label changed' } : t)) as Json);
    expect(draft.changes).toEqual([{ file: 'themes.json', what: 'changed', label: 'A label changed' }]);
    const again = new Draft(PUBLISHED, storage);
    expect(again.changes).toEqual(draft.changes);
    expect(again.stale).toBe(false);
    again.discard();
    expect(again.changes).toEqual([]);
    expect(storage.length).toBe(0);
    expect(new Draft(PUBLISHED, storage).changes).toEqual([]);
  });

  it('keeps no change where the value is the published one, and keeps the published layout', () => {
    const storage = memoryStorage();
    const draft = new Draft(PUBLISHED, storage);
    draft.setJson('themes.json', draft.value('themes.json'));
    expect(draft.changes).toEqual([]);
    expect(draft.files['data/themes.json']).toBe(PUBLISHED['data/themes.json']);
    expect(storage.length).toBe(0);
  });

  it('says so when the published data changed since the draft was begun', () => {
    const storage = memoryStorage();
    new Draft(PUBLISHED, storage).setText('data/sources/005_0000000000000000.txt', 'A text');
    const released = { ...PUBLISHED, 'data/offices.json': PUBLISHED['data/offices.json']!.replace('14', '15') };
    expect(new Draft(released, storage).stale).toBe(true);
    expect(new Draft(PUBLISHED, storage).stale).toBe(false);
  });
});
