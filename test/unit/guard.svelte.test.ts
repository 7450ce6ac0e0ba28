/**
 * The guard: rune tests must run where effects run. Under Svelte's server build an `$effect.root`
 * body never executes and every assertion inside it passes without checking anything; this test
 * fails there, so a config change that silently moves rune tests to the server build goes red.
 */
import { expect, it } from 'vitest';
import { flushSync } from 'svelte';

it('runs the bodies of $effect.root and of $effect', () => {
  let root = 0;
  let effect = 0;
  const cleanup = $effect.root(() => {
    root++;
    $effect(() => {
      effect++;
    });
  });
  flushSync();
  cleanup();
  expect(root).toBe(1);
  expect(effect).toBe(1);
});
