/**
 * A view drawn in slices: each part after the first in a task of its own, in order, once the page has
 * painted the one before; printing draws them all at once (why: README, "Speed and size").
 */
import { yieldToMain } from './yield';
import { printing } from './print.svelte';

/**
 * Resolves in a task after the next paint; in a hidden page, which does not paint, in the next task.
 */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return yieldToMain();
  return new Promise((resolve) => requestAnimationFrame(() => void yieldToMain().then(resolve)));
}

const waiting: Slice[] = [];
let pumping = false;
/** What waits for every slice asked for to be drawn (`drawn`). */
let whenDrawn: (() => void)[] = [];

async function pump(): Promise<void> {
  pumping = true;
  while (waiting.length) {
    // The task that asked for the slice ends first; each slice is then drawn in a task of its own
    // (Svelte draws a state change on the microtask queue, within the task that made it), after the
    // page has been laid out and painted with the slice before (else the browser lays several
    // slices out at once, in one long task).
    await afterPaint();
    // A slice may have been cancelled while this one waited (its view is gone).
    const slice = waiting.shift();
    if (slice) slice.ready = true;
  }
  pumping = false;
  // Drawing the last slice may ask for more (a part with slices of its own, created as Svelte draws
  // it, on the microtask queue): they are waited for too, by the pump they start.
  await yieldToMain();
  if (pumping) return;
  const resolves = whenDrawn;
  whenDrawn = [];
  for (const resolve of resolves) resolve();
}

/**
 * Resolves once every slice asked for so far (and any asked for while they are drawn) is drawn: a
 * link into a part drawn later waits for it before the page goes there.
 */
export function slicesDrawn(): Promise<void> {
  if (!slicesPending()) return Promise.resolve();
  return new Promise((resolve) => whenDrawn.push(resolve));
}

/** Whether slices are still to be drawn (a view above a link's target may still grow). */
export function slicesPending(): boolean {
  return pumping || waiting.length > 0;
}

export class Slice {
  #ready = $state(false);

  constructor() {
    waiting.push(this);
    if (!pumping) void pump();
  }

  /** Whether the part is drawn: its turn has come, or the page is being printed. */
  get ready(): boolean {
    return this.#ready || printing.active;
  }

  set ready(value: boolean) {
    this.#ready = value;
  }

  /** The part is gone before its turn: it is not drawn. */
  cancel(): void {
    const i = waiting.indexOf(this);
    if (i >= 0) waiting.splice(i, 1);
  }
}

/** A list cut into parts of at most `size` items, in order (the parts of a list drawn a slice each). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}
