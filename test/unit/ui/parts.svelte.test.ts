/** A view's parts: drawn with it where the mounter says `whole`, each in a task of its own after it where it says `slices`. */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import DrawnInParts from './DrawnInParts.svelte';

/** A paint (jsdom's animation frames), then a task: each slice's turn. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) void unmount(app);
  app = null;
  document.body.innerHTML = '';
});

const drawn = () => [...document.querySelectorAll('li, p')].map((e) => e.textContent);

describe('a view drawn in parts', () => {
  it('draws every part with the view where it is drawn whole', () => {
    app = mount(DrawnInParts, { target: document.body, props: { drawing: 'whole', items: ['a', 'b', 'c', 'd', 'e'], per: 2 } });
    flushSync();
    expect(drawn()).toEqual(['a', 'b', 'c', 'd', 'e', 'below']);
  });

  it('draws each part in a task of its own, in order, where it is drawn in slices', async () => {
    app = mount(DrawnInParts, { target: document.body, props: { drawing: 'slices', items: ['a', 'b', 'c', 'd', 'e'], per: 2 } });
    flushSync();
    expect(drawn()).toEqual([]);
    const seen: (string | null)[][] = [];
    for (let i = 0; i < 4; i++) {
      await frame();
      flushSync();
      seen.push(drawn());
    }
    expect(seen).toEqual([
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'c', 'd', 'e'],
      ['a', 'b', 'c', 'd', 'e', 'below'],
    ]);
  });
});
