/**
 * A part of a view after its first. The view says what its parts are and in which order it asks for
 * them; how they are drawn is the setting of whoever mounts it (drawing.ts): where its tree is drawn
 * in slices, each part comes in a task of its own after the one asked for before (slices.svelte.ts),
 * else with the view. A part gone before its turn is not drawn. Views use `Part` and `Parts` (the
 * markup) or, where a component would weigh on the first view, this.
 */
import { Slice } from './slices.svelte';
import { getDrawing } from './drawing';

/** A part of a view: whether it is drawn yet. */
export interface ViewPart {
  readonly ready: boolean;
}

const DRAWN: ViewPart = { ready: true };

/** The next part of the view (call during the component's initialisation). */
export function viewPart(): ViewPart {
  if (getDrawing() !== 'slices') return DRAWN;
  const slice = new Slice();
  $effect(() => () => slice.cancel());
  return slice;
}
