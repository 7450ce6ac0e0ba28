import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';

/** How often the page asked whether the reader prefers reduced motion, and the answer it gets. */
let asked = 0;
let reduce = false;
// jsdom has no matchMedia: one that counts the reads of `matches` (svelte/motion makes its query as it is imported).
window.matchMedia = ((query: string) => ({
  media: query,
  get matches() {
    asked++;
    return reduce;
  },
  addEventListener() {},
  removeEventListener() {},
})) as unknown as typeof window.matchMedia;

const { eased } = await import('../../../src/lib/ui/eased.svelte');
const linear = (t: number) => t;

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  reduce = false;
  vi.useRealTimers();
});

/** An eased value of a state's target, made in an effect root as a component would. */
function make() {
  const state = $state({ target: 1 });
  let value!: { readonly current: number };
  cleanup = $effect.root(() => {
    value = eased(() => state.target, { duration: 900, easing: linear });
  });
  flushSync();
  return { state, value };
}

describe('a value eased to its target', () => {
  it('starts at its target without asking for the reduced-motion preference', () => {
    asked = 0;
    const { value } = make();
    expect(value.current).toBe(1);
    expect(asked).toBe(0);
  });

  it('eases to a new target over its duration, then rests there', async () => {
    const { state, value } = make();
    state.target = 0;
    flushSync();
    expect(asked).toBeGreaterThan(0);
    expect(value.current).toBe(1);
    await vi.waitFor(() => expect(value.current).toBeLessThan(1));
    expect(value.current).toBeGreaterThan(0);
    await vi.waitFor(() => expect(value.current).toBe(0), { timeout: 3000 });
  });

  it('jumps to a new target where the reader prefers reduced motion', () => {
    reduce = true;
    const { state, value } = make();
    state.target = 0;
    flushSync();
    expect(value.current).toBe(0);
  });
});
