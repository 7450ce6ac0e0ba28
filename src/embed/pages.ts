/**
 * The embeds that have pages of their own: `embed/map.html` (English) and `embed/map.<lang>.html`,
 * written by the build (`build/embed-pages.ts`) with the embed prerendered and painted from the HTML at
 * any `?date=`. The embed code links there (`snippet.ts`); index.html forwards an old `?embed=map` link
 * there, every parameter kept. The charts' embeds (the timeline's, `embed/timeline.html`, and the
 * Secretariat's, `embed/rotation.html`) are drawn by the build at one width, their box in an iframe
 * 760 px wide (`EMBED_CHART_WIDTH`); at another the app draws them, as before.
 */
import type { ViewId } from '../views';

/** The views whose embed has a page of its own. */
export const EMBED_PAGE_VIEWS = ['map', 'timeline', 'rotation'] as const satisfies readonly ViewId[];

/**
 * The width a chart's embed (the timeline's, the Secretariat's) is drawn at by the build: its chart's box in an iframe
 * 760 px wide, a report's column. In a frame of another width the page's script leaves the embed to
 * the app (hidden until it has drawn it, as before): the chart is laid out for its width.
 */
export const EMBED_CHART_WIDTH = 736;

/** An embed page's file in the build, beside index.html: `embed/map.html`, `embed/map.sr-Latn.html`. */
export const embedPageFile = (view: string, lang: string): string => `embed/${view}${lang === 'en' ? '' : `.${lang}`}.html`;

/** Whether a view's embed has a page of its own. */
export const hasEmbedPage = (view: string): boolean => (EMBED_PAGE_VIEWS as readonly string[]).includes(view);
