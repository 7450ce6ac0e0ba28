/**
 * A link that selects something (`?sel=meeting:meeting-5`) opens where it is shown: once the view
 * that shows it is drawn, the page scrolls to the element that shows it, as soon as that is in the
 * page (a view's part may come as a chunk of its own). The wait ends when the element comes, or when
 * the reader takes over (scrolls, taps, clicks or types): never on a timer.
 */
import { tick } from 'svelte';
import type { Selection } from '../lib/clock/clock.svelte';
import { VIEWS, type View, type ViewId } from '../views';

/** A view drawn later, or the sources list. */
export type LandingView = ViewId | 'sources';

/** Where a selection is shown: the view that says it shows it (`src/views/`), else the sources list; the view is drawn first unless it is the first view. */
function shownAt(selection: Selection): { view: LandingView | null; selector: string } {
  const view = (VIEWS as readonly View[]).find((v) => v.shows?.selection === selection.kind);
  if (!view?.shows) return { view: 'sources', selector: `#source-${CSS.escape(selection.id)}` };
  return { view: view.page.first ? null : (view.id as ViewId), selector: view.shows.at };
}

/** The reader taking over: the page stops waiting to scroll for them. */
const TAKING_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** Scrolls to where `selection` is shown once it is; `reveal` draws a view and resolves once it is drawn. Returns a function that stops waiting. */
export function landOn(selection: Selection, reveal: (view: LandingView) => Promise<void>): () => void {
  const at = shownAt(selection);
  const selector = at.selector;
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
