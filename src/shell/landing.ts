/**
 * A link that selects something (`?sel=meeting:meeting-5`) opens where it is shown: once the view
 * that shows it is drawn, the page scrolls to the element that shows it, as soon as that is in the
 * page (a view's part may come as a chunk of its own). The wait ends when the element comes, or when
 * the reader takes over (scrolls, taps, clicks or types): never on a timer.
 */
import { tick } from 'svelte';
import type { Selection } from '../lib/clock/clock.svelte';

/** Where a selection is shown: the view drawn later that shows it (none: the first view), and the element. */
const SHOWN_AT = {
  member: { view: null, selector: '#map .card' },
  meeting: { view: 'timeline', selector: '[data-testid="timeline-details"]' },
  term: { view: 'rotation', selector: '[data-testid="term-details"]' },
  source: { view: 'sources', selector: '#source-ID' },
} as const;

export type LandingView = NonNullable<(typeof SHOWN_AT)[keyof typeof SHOWN_AT]['view']>;

/** The reader taking over: the page stops waiting to scroll for them. */
const TAKING_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Scrolls to where `selection` is shown once it is; `reveal` draws a view and resolves once it is drawn. Returns a function that stops waiting. */
export function landOn(selection: Selection, reveal: (view: LandingView) => Promise<void>): () => void {
  const at = SHOWN_AT[selection.kind];
  const selector = at.selector.replace('ID', CSS.escape(selection.id));
  const waiting = new AbortController();
  let observer: MutationObserver | null = null;
  const stop = () => {
    observer?.disconnect();
    waiting.abort();
  };
  for (const type of TAKING_OVER) addEventListener(type, stop, { once: true, passive: true, signal: waiting.signal });
  const go = (element: Element) => {
    stop();
    element.scrollIntoView({ block: 'center' });
  };
  void (at.view ? reveal(at.view) : tick()).then(() => {
    if (waiting.signal.aborted) return;
    const found = document.querySelector(selector);
    if (found) return go(found);
    observer = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (element) go(element);
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  return stop;
}
