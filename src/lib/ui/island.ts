/** Parts of the prerendered page, each taken over in a task of its own (why: README, "Speed and size"). */
import { hydrate, mount, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { yieldToMain } from './yield';
import { withDrawing, type Drawing } from './drawing';

/** A part of the page drawn as a root of its own. */
export interface Island<Props extends Record<string, any> = any> {
  /** Names the part in the page (the element's `data-island`). */
  readonly name: string;
  readonly component: Component<Props>;
  /** Its props, as getters where they change. */
  readonly props: Props;
  /** How its tree is drawn where not as the page's (drawing.ts): `whole` for one taken over as the build drew it. */
  readonly drawing?: Drawing;
}

/** The contexts an island is drawn with: the page's, with its own drawing where it has one. */
export const islandContext = ({ drawing }: Island, context: Map<unknown, unknown>): Map<unknown, unknown> => (drawing ? withDrawing(context, drawing) : context);

/** The islands still to be taken over. */
const pending = new Set<Promise<void>>();

/** Resolves once every island asked for so far has been taken over (the page answers everywhere). */
export async function islandsTakenOver(): Promise<void> {
  while (pending.size) await Promise.all(pending);
}

/**
 * The attachment for an island's element: the component drawn as a root of its own inside it, with
 * the page's contexts (`context`: `getAllContexts()`, the clock, the mode, the query cache). Where
 * the element holds the prerendered HTML (`build/prerender.ts` writes it in), the component takes it
 * over in a later task; where it is empty (a page drawn in the browser), it is drawn into it at once.
 */
export function island(part: Island, context: Map<unknown, unknown>): Attachment<HTMLElement> {
  const { component, props } = part;
  context = islandContext(part, context);
  return (element) => {
    let instance: Record<string, unknown> | null = null;
    let gone = false;
    if (element.firstChild) {
      const takenOver: Promise<void> = yieldToMain().then(() => {
        if (!gone) instance = hydrate(component, { target: element, props, context });
        pending.delete(takenOver);
      });
      pending.add(takenOver);
    } else {
      instance = mount(component, { target: element, props, context });
    }
    return () => {
      gone = true;
      if (instance) void unmount(instance);
    };
  };
}
