import { describe, expect, it } from 'vitest';
import { Slice, chunks, slicesDrawn } from '../../../src/lib/ui/slices.svelte';
import { printing } from '../../../src/lib/ui/print.svelte';

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** A paint (jsdom's animation frames), then a task: each slice's turn. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('a view drawn in slices', () => {
  it('draws one slice per task, in the order asked for, skipping one cancelled while it waited', async () => {
    const [a, b, c] = [new Slice(), new Slice(), new Slice()];
    expect([a.ready, b.ready, c.ready]).toEqual([false, false, false]);
    // Not in the next task but after the page has painted (the slice before it is laid out in a frame of its own).
    await task();
    expect(a.ready).toBe(false);
    await frame();
    expect([a.ready, b.ready, c.ready]).toEqual([true, false, false]);
    b.cancel();
    await frame();
    expect([a.ready, b.ready, c.ready]).toEqual([true, false, true]);
    await frame();
    expect(b.ready).toBe(false);
  });

  it('draws nothing, and throws nothing, when the only slice waiting is cancelled', async () => {
    const only = new Slice();
    only.cancel();
    await frame();
    await frame();
    expect(only.ready).toBe(false);
  });

  it('draws every slice at once for print', () => {
    const slice = new Slice();
    expect(slice.ready).toBe(false);
    printing.active = true;
    expect(slice.ready).toBe(true);
    printing.active = false;
    slice.cancel();
  });

  it('says when every slice asked for is drawn, counting those asked for as the last one is drawn', async () => {
    await slicesDrawn(); // nothing waiting: at once
    const a = new Slice();
    let b: Slice | null = null;
    // What `a` draws asks for a slice of its own as it is drawn (a chart, then its marks).
    const stop = $effect.root(() => {
      $effect(() => {
        if (a.ready && !b) b = new Slice();
      });
    });
    let drawn: boolean[] | null = null;
    void slicesDrawn().then(() => (drawn = [a.ready, b?.ready ?? false]));
    await frame();
    expect(a.ready).toBe(true);
    await frame();
    await frame();
    await task();
    expect(drawn).toEqual([true, true]);
    stop();
  });
});

describe('chunks', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2, 3, 4], 4, [[1, 2, 3, 4]]],
    [[1], 3, [[1]]],
    [[], 3, []],
  ])('cuts %j into parts of %i, in order, without changing it', (items, size, parts) => {
    const before = [...items];
    expect(chunks(items, size)).toEqual(parts);
    expect(items).toEqual(before);
  });
});

