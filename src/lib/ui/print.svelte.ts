/**
 * Printing: a printout shows every view whole, with every table behind a chart open. The browser
 * lays the page out for print as soon as `beforeprint` returns, so what it needs is drawn in that
 * event, synchronously: `printing.active` turns on (views not drawn yet and the bodies of closed
 * disclosures read it), the page is flushed, and every closed `<details>` is opened until after.
 */
import { flushSync } from 'svelte';

export const printing = $state({ active: false });

/**
 * Listens for printing; returns a function that stops. Called once, by the page, with what draws
 * the views not drawn yet.
 */
export function listenForPrint(drawAll: () => void): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    flushSync(() => {
      drawAll();
      printing.active = true;
    });
    opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open]), .sources details:not([open])')];
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
    printing.active = false;
  };
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
  };
}
