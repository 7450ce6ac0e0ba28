/**
 * The reader reaching for a part of the page: a pointer over it or pressed on it, a touch, the focus,
 * a key, a click (a screen reader's activation may be a click alone). A chart's embed is a picture
 * until then (`main.ts`): its code and data are there, but it is hydrated only in the first such event.
 */
export const INTENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown', 'click'] as const;

/**
 * Calls `wake` once, synchronously, in the first event of `INTENTS` as it is captured on `window`,
 * before any element of the page has seen it: listeners that `wake` adds to the page (a hydrated
 * component's, Svelte's delegated ones on its root) then handle that same event. A resize counts where
 * `resized()` says it does (the frame crossed into another class of widths). Returns a stop function.
 */
export function onFirstIntent(wake: (event: Event) => void, resized: () => boolean = () => false): () => void {
  const options = { capture: true, passive: true } as const;
  const stop = () => {
    for (const type of INTENTS) removeEventListener(type, reach, options);
    removeEventListener('resize', resize);
  };
  const reach = (event: Event) => {
    stop();
    wake(event);
  };
  const resize = (event: Event) => {
    if (resized()) reach(event);
  };
  for (const type of INTENTS) addEventListener(type, reach, options);
  addEventListener('resize', resize);
  return stop;
}
