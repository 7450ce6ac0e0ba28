import { describe, expect, it } from 'vitest';
import { Slice } from '../../../src/lib/ui/slices.svelte';
import { printing } from '../../../src/lib/ui/print.svelte';

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('a view drawn in slices', () => {
  it('draws one slice per task, in the order asked for, skipping one cancelled while it waited', async () => {
    const [a, b, c] = [new Slice(), new Slice(), new Slice()];
    expect([a.ready, b.ready, c.ready]).toEqual([false, false, false]);
    await task();
    expect([a.ready, b.ready, c.ready]).toEqual([true, false, false]);
    b.cancel();
    await task();
    expect([a.ready, b.ready, c.ready]).toEqual([true, false, true]);
    await task();
    expect(b.ready).toBe(false);
  });

  it('draws nothing, and throws nothing, when the only slice waiting is cancelled', async () => {
    const only = new Slice();
    only.cancel();
    await task();
    await task();
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
});
