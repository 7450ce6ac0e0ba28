/**
 * A number that eases to its target whenever the target changes, and jumps where the reader prefers
 * reduced motion. Unlike `Tween.of`, its first value is simply where it starts: no tween is set going
 * and the media query is not read until the target first moves. Hydrating the map, `Tween.of` read the
 * query once per mark and set a tween going from each mark's value to itself: a frame loop per mark
 * (traced on `/`: 65 animation frames in the first seconds, 18 without).
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { untrack } from 'svelte';

export function eased(target: () => number, { duration, easing }: { duration: number; easing: (t: number) => number }): { readonly current: number } {
  const tween = new Tween(untrack(target), { easing });
  $effect.pre(() => {
    const next = target();
    if (next !== untrack(() => tween.target)) void tween.set(next, { duration: prefersReducedMotion.current ? 0 : duration });
  });
  return tween;
}
