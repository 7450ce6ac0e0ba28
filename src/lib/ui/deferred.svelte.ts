/**
 * Views drawn when they are about to be seen rather than with the first view. A view below the fold
 * is drawn once it comes within half a screen of the viewport (scrolling, or the keyboard moving
 * focus down the page), when the URL's fragment points at it or at something not drawn yet (a link
 * to a source, a deep link), before the page is printed (the page calls `show`: see print.svelte.ts),
 * and otherwise once the page has been left at rest for a moment, one view per idle period, so that
 * every view is soon in the page for find-in-page and screen readers. At rest: no input for
 * `REST_MS` (a tap or click, a key, the wheel) and nothing playing; the first seconds, when a visitor presses
 * play or taps a country, are not held up by drawing what they cannot see, and an input (or the
 * animation playing) holds the views left back again. Once drawn, a view stays drawn.
 *
 * Each view's code is a chunk of its own, which the first view does without: the chunks are fetched
 * once the first view is drawn, one per task (so a printout or a link can draw them at once), and a
 * view counts as drawn only once its code is there.
 */
import { tick, untrack, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { Lazy } from './lazy.svelte';
import { REST_MS, whenIdle, yieldToMain } from './yield';
// The first view's map is drawn in parts (parts.svelte.ts): the slices' module is in the page's own code already.
import { slicesDrawn, slicesPending } from './slices.svelte';

/** How far beyond the viewport a view starts to be drawn (half a screen above and below). */
const NEAR = '50% 0px';
/** The inputs that show a reader at work: the views left wait until the page has been at rest again. */
const INPUTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Each view has props of its own. */
type AnyComponent = Component<any>;

export class DeferredViews<Name extends string> {
  /** The views, in page order. */
  readonly names: readonly Name[];
  #wanted: Partial<Record<Name, true>> = $state({});
  #code: Record<Name, Lazy<AnyComponent>>;
  #elements = new Map<Name, Element>();

  /** `views`: each view's code, by name, in page order. */
  constructor(views: Record<Name, () => Promise<{ default: AnyComponent }>>) {
    this.names = Object.keys(views) as Name[];
    this.#code = Object.fromEntries(this.names.map((name) => [name, new Lazy(views[name])])) as Record<Name, Lazy<AnyComponent>>;
  }

  /** Whether a view is drawn (asked for, and its code is there). */
  shown(name: Name): boolean {
    return this.#wanted[name] === true && this.#code[name].current !== null;
  }

  /** A drawn view's component, or null. */
  view(name: Name): AnyComponent | null {
    return this.shown(name) ? this.#code[name].current : null;
  }

  /** Why a view's code could not be loaded, or null. */
  error(name: Name): Error | null {
    return this.#code[name].error;
  }

  /** Whether every view's code is there. */
  get loaded(): boolean {
    return this.names.every((name) => this.#code[name].current !== null);
  }

  /** Whether every view is drawn. */
  get all(): boolean {
    return this.names.every((name) => this.shown(name));
  }

  show(...names: Name[]): void {
    for (const name of names) {
      if (!this.#wanted[name]) this.#wanted[name] = true;
      this.load(name);
    }
  }

  /** Draws views and resolves once they are in the page, with every part drawn in a slice of its own. */
  async reveal(...names: Name[]): Promise<void> {
    this.show(...names);
    await Promise.all(names.map((name) => this.load(name)));
    await tick();
    await slicesDrawn();
    await tick();
  }

  /** Fetches a view's code (again, after a failure); a failure is shown where the view goes. */
  load(name: Name): Promise<unknown> {
    return this.#code[name].load().catch(() => {});
  }

  /**
   * Attachment for a view's element: draws the view once it nears the viewport. Nearness is judged
   * once `ready` (the data has come and the views above have their size), not against placeholders.
   */
  near(name: Name, ready: boolean): Attachment<Element> {
    return (element) => {
      this.#elements.set(name, element);
      if (!ready || untrack(() => this.shown(name))) return;
      if (typeof IntersectionObserver === 'undefined') return this.show(name);
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          this.show(name);
        },
        { rootMargin: NEAR },
      );
      observer.observe(element);
      return () => {
        observer.disconnect();
        this.#elements.delete(name);
      };
    };
  }

  /**
   * Attachment for the page (any element): a fragment that points at a view or at something not
   * drawn yet draws it, and the page then goes there. Once `ready` (the data has come), the views
   * left are drawn one per idle period once the page is at rest (`busy`: something plays), and a
   * fragment the page was opened with is followed again now that the views are drawn.
   */
  listen(ready: boolean, busy: () => boolean = () => false): Attachment {
    return () => {
      const hashchange = () => void this.#follow(false);
      addEventListener('hashchange', hashchange);
      let idle: (() => void) | null = null;
      if (ready) {
        // Their code is fetched once the first view is drawn: in a task after the one that drew it,
        // one view's code per task (asking for a chunk costs the task that asks: its CSS's <link>, and
        // until December 2026 a <link> per file it imports: README, "Speed and size").
        void (async () => {
          for (const name of this.names) {
            await yieldToMain();
            void this.load(name);
          }
        })();
        void this.#follow(true);
        idle = this.#drawWhenIdle(busy);
      }
      return () => {
        removeEventListener('hashchange', hashchange);
        idle?.();
      };
    };
  }

  /** Draws what the fragment needs, then scrolls to it (and sets `:target`) once it is drawn. */
  async #follow(always: boolean): Promise<void> {
    const id = fragmentId(location.hash);
    if (!id) return;
    const target = document.getElementById(id);
    const waiting = this.names.filter((name) => !untrack(() => this.shown(name)));
    // A view not drawn yet above the target would push it down, and so would one whose parts are still
    // being drawn (slices); a missing target may be in one.
    const moves = !target || slicesPending() || waiting.some((name) => name === id || this.#before(name, target));
    if (!moves && !always) return;
    await this.reveal(...waiting);
    // Navigating to the same fragment again scrolls to it and makes it the `:target`, without a
    // history entry or a hashchange event.
    if (location.hash === `#${encodeURIComponent(id)}` || location.hash === `#${id}`) location.replace(location.href);
  }

  /** Whether a view's element comes before (or contains) a node in the page. */
  #before(name: Name, node: Node): boolean {
    const element = this.#elements.get(name);
    return !!element && (element === node || element.contains(node) || !!(element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
  }

  /**
   * Draws the views left one per idle period once the page has been at rest for `REST_MS` (no input,
   * not `busy`); an input, or `busy` when a view's turn comes, starts the wait again. Returns a
   * function that stops.
   */
  #drawWhenIdle(busy: () => boolean): () => void {
    let stop = () => {};
    const next = () => {
      const name = this.names.find((n) => !untrack(() => this.#wanted[n]));
      if (!name) return done();
      stop = whenIdle(() => {
        if (untrack(busy)) return rest();
        this.show(name);
        // The view is drawn in this task (Svelte flushes on the microtask queue); the next waits its turn.
        next();
      });
    };
    const rest = () => {
      stop();
      const timer = setTimeout(next, REST_MS);
      stop = () => clearTimeout(timer);
    };
    const done = () => {
      stop();
      for (const type of INPUTS) removeEventListener(type, rest, true);
    };
    // (On the window, a wheel listener is passive by default: it never holds scrolling up.)
    for (const type of INPUTS) addEventListener(type, rest, true);
    rest();
    return done;
  }
}

/** The element id a URL fragment names; a malformed escape (`#%`) is taken as written, not thrown on. */
export function fragmentId(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
