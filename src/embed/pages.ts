/**
 * The embeds that have pages of their own: `embed/map.html` (English) and `embed/map.<lang>.html`,
 * written by the build (`build/embed-pages.ts`) with the embed prerendered and painted from the HTML at
 * any `?date=` and any frame width. The embed code links there (`snippet.ts`); index.html forwards an
 * old `?embed=map` link there, every parameter kept. The charts' embeds (the timeline's,
 * `embed/timeline.html`, and the Secretariat's, `embed/rotation.html`) are drawn by the build once for
 * each class of frame widths, laid out at its width and scaled to the frame (`lib/ui/scaled-chart.ts`).
 */
import type { ViewId } from '../views';

/** The views whose embed has a page of its own. */
export const EMBED_PAGE_VIEWS = ['map', 'timeline', 'rotation'] as const satisfies readonly ViewId[];

/** An embed page's file in the build, beside index.html: `embed/map.html`, `embed/map.sr-Latn.html`. */
export const embedPageFile = (view: string, lang: string): string => `embed/${view}${lang === 'en' ? '' : `.${lang}`}.html`;

/** Whether a view's embed has a page of its own. */
export const hasEmbedPage = (view: string): boolean => (EMBED_PAGE_VIEWS as readonly string[]).includes(view);
