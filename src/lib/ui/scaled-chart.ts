/**
 * An embed's chart (the timeline's, the Secretariat's) at any frame width: laid out by its pure layout at
 * one design width per class of frame widths, and shown scaled to its box (the drawing's viewBox, the
 * buttons over it placed in fractions of it). Within a class nothing is laid out again, so the build can
 * draw every class (`build/prerender.ts`) and the embed's page keep the one its frame is in before the
 * first paint (`embed/page-scripts.ts`): the app then lays the chart out at that class's width and finds
 * what it draws. Crossing into another class (the frame resized), the chart is laid out again.
 *
 * Each class's width is its chart's box in the narrowest frame of the class (the embed's padding is
 * 12 px a side), so the drawing is never shown smaller than it was laid out (its smallest type, 11 px,
 * stays 11 px), and at most 1.3 times larger within a class; past the widest class's `MAX_SCALE` it is
 * centred. A phone 390 px wide, at the foot of its class, sees the timeline at the height it is laid out
 * (time runs down there: a scaled drawing is a taller one). Under 600 px of layout the timeline runs down the page (`VERTICAL_BELOW`).
 */

/** The classes, by the frame's width (the iframe's viewport, `innerWidth`, which no scrollbar changes): from which width on each applies, and the width its chart is laid out at. */
export const CHART_CLASSES: readonly { readonly from: number; readonly width: number }[] = [
  { from: 0, width: 296 },
  { from: 390, width: 366 },
  { from: 500, width: 476 },
  { from: 624, width: 600 },
  { from: 760, width: 736 },
];

/** The largest scale a chart is shown at (the widest class's, beyond about 1024 px); wider, it is centred. */
export const MAX_SCALE = 1.36;

/** The width a chart is laid out at in a frame `frameWidth` wide. */
export function chartClassWidth(frameWidth: number): number {
  let width = CHART_CLASSES[0]!.width;
  for (const c of CHART_CLASSES) if (frameWidth >= c.from) width = c.width;
  return width;
}

/** A length of the layout as a share of its whole (`total`), for a part placed over a scaled drawing. */
export const share = (length: number, total: number): string => `${Math.round((length / total) * 1e6) / 1e4}%`;

/**
 * The width a chart is laid out at: the page's at its box's measured width; an embed's (`scaled`) at its
 * frame's class, or, where there is no window (the build drawing each class), at the class it was given.
 * The frame's width is read only for an embed: reading the window's width makes the browser lay out
 * the page there and then, which a view drawn into the dashboard would pay for in the task drawing it.
 */
export function layoutWidth(scaled: boolean, measured: number, frameWidth: () => number | undefined, built: number | undefined): number {
  if (!scaled) return measured;
  const frame = frameWidth();
  return frame !== undefined ? chartClassWidth(frame) : (built ?? 0);
}

/** A length placed over the drawing, as a CSS length: in pixels, or over a scaled embed's drawing a share of the layout's `whole`. */
export const placedOver = (scaled: boolean) => (length: number, whole: number): string => (scaled ? share(length, whole) : `${length}px`);
