/**
 * How the views in a part of the page are drawn, set once by whoever mounts them and read by the
 * drawing machinery (Part, Parts and viewPart: a view's parts, parts.svelte.ts), never passed to a
 * view as a prop: `slices` on the live page (each part in a task of its own after the view, so that
 * no task blocks a phone for long), `whole` for a part taken over from the build's HTML (drawn as
 * the build drew it), a figure drawn off screen and the stage. A tree that sets nothing is drawn whole.
 */
import { getContext, setContext } from 'svelte';

export type Drawing = 'slices' | 'whole';

const DRAWING = Symbol('drawing');

/** Sets how the component's tree is drawn (call during its initialisation). */
export const setDrawing = (drawing: Drawing): Drawing => setContext(DRAWING, drawing);

/** A tree's contexts with its drawing set (for a root mounted apart, as an island is: island.ts). */
export const withDrawing = (context: Map<unknown, unknown>, drawing: Drawing): Map<unknown, unknown> => new Map(context).set(DRAWING, drawing);

/** How this part of the page is drawn. */
export const getDrawing = (): Drawing => getContext<Drawing | undefined>(DRAWING) ?? 'whole';
