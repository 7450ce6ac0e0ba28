/**
 * What the page is started with, given once by whoever starts it (`main.ts` in the browser, the build's
 * prerender) as the root's context (`startContext`), and read by the parts that need it (`getStart`),
 * rather than passed down as props.
 */
import { getContext, type Component } from 'svelte';
import type { Frame } from '../map/geometry/types';
import type { Island } from '../lib/ui/island';

export interface Start {
  /** The query string the page shows: the location's, or the one the build prerenders the page at. */
  readonly search: string;
  /** The map's frame as first laid out (measured on the prerendered page; assumed by the prerender). */
  readonly mapFrame?: Frame;
  /**
   * The prerendered page: its parts that cost most to take over (the toolbar, the counters, the time
   * control, the map) are islands (`lib/ui/island.ts`), taken over in the browser (`true`) or given
   * to the prerender to write into their places.
   */
  readonly islands?: ((islands: Island[], context: Map<unknown, unknown>) => void) | true;
  /** The embedded view's code, where the page is the embed the build prerendered (it is there at once). */
  // the embed's own props are its own; typed here without importing embed/ (which reads this context)
  readonly embed?: Component<any, any, any>;
  /** The view's own code in such an embed (the timeline's, the Secretariat's), there at once too. */
  readonly embedView?: Component<any, any, any>;
  /**
   * The width the build lays such an embed's chart out at: one class of frame widths
   * (`lib/ui/scaled-chart.ts`; in the browser the chart takes its frame's class).
   */
  readonly chartWidth?: number;
  /** The data editor's page, where the page is the editor (`?edit=1`): App shows it instead of the dashboard. */
  readonly editor?: Component<any, any, any>;
}

const START = Symbol('start');

/** The context to mount, hydrate or render the app with. */
export const startContext = (start: Start): Map<unknown, unknown> => new Map([[START, start]]);

/** What the page was started with (a page mounted without it, a component's test, was started with nothing). */
export const getStart = (): Start => getContext<Start | undefined>(START) ?? { search: typeof location === 'undefined' ? '' : location.search };
