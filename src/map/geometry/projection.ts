/**
 * The map's projection and frame, shared by the build-time cut (`cut.ts`) and the view.
 *
 * A conic equal-area (Albers) projection with standard parallels 38°N and 47°N, centred on 18°E:
 * the members lie between about 35°N and 49°N and between 6.6°E and 29.7°E, so areas compare
 * truthfully and shapes stay close to how an atlas of south-eastern Europe draws them. It is fitted
 * to the members at build time, once per framing (`layout.ts`). The frame keeps one of two aspect ratios, so the part
 * of the world the map can show is fixed, and `cut.ts` ships only that part.
 */
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export { ASPECTS, type Aspect } from './types';

/** Room around the members, as a share of the frame's width (left, right) and height (top, bottom). */
export const PADDING = { top: 0.07, right: 0.04, bottom: 0.05, left: 0.04 } as const;

/** The projection before it is fitted: scale 1, no translation. */
export function baseProjection(): GeoProjection {
  return geoConicEqualArea().parallels([38, 47]).rotate([-18, 0]).scale(1).translate([0, 0]);
}

/**
 * The projection for a frame of `width` × `height`, fitted to `focus` and clipped to the frame.
 * Where the frame is wider than the members, they are set against its right edge: the free room
 * falls on the Tyrrhenian Sea, where labels and notes can go, and the frame stays clear of the
 * Crimean peninsula, which the atlas draws as part of Russia and this map does not draw at all.
 */
export function regionProjection(focus: GeoPermissibleObjects, width: number, height: number): GeoProjection {
  const right = width * (1 - PADDING.right);
  const projection = baseProjection().fitExtent(
    [
      [PADDING.left * width, PADDING.top * height],
      [right, height * (1 - PADDING.bottom)],
    ],
    focus,
  );
  const [[, ], [east]] = geoPath(projection).bounds(focus);
  const [tx, ty] = projection.translate();
  return projection.translate([tx + right - east, ty]).clipExtent([
    [0, 0],
    [width, height],
  ]);
}
