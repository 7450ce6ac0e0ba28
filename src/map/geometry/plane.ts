/**
 * Plane geometry on projected shapes, in frame pixels: rings of a projected country, point in
 * polygon, and the pole of inaccessibility (the interior point farthest from the outline), which is
 * where a country's label and joining sweep start. Croatia's centroid lies outside Croatia; its pole
 * does not.
 */
import type { GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Point = [number, number];
/** A polygon as rings of frame points: the outer ring first, then its holes. */
export type Rings = Point[][];

/** Each polygon of a shape, projected point by point (no resampling: the members lie well inside the frame). */
export function projectPolygons(geometry: Polygon | MultiPolygon, projection: GeoProjection): Rings[] {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map((ring) => ring.map((p) => projection([p[0]!, p[1]!]) ?? [NaN, NaN])));
}

/** Twice the signed area of a ring (positive or negative by winding). */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum;
}

/** The area of a polygon in square pixels (its outer ring less its holes). */
export function polygonArea(rings: Rings): number {
  const [outer, ...holes] = rings;
  return outer ? Math.abs(ringArea(outer)) / 2 - holes.reduce((s, h) => s + Math.abs(ringArea(h)) / 2, 0) : 0;
}

/** The largest polygon of a shape. */
export function largestPolygon(polygons: readonly Rings[]): Rings {
  return polygons.reduce((best, p) => (polygonArea(p) > polygonArea(best) ? p : best), polygons[0] ?? []);
}

/**
 * A point-in-shape test for one shape, made once: it checks the shape's bounding box first, so the
 * label layout's many probes skip every shape nowhere near them, then walks only the edges of the
 * horizontal band the point falls in (the edges a ray from the point can cross). Same answer as
 * `contains`, without walking every ring for every probe.
 */
export function insideTest(polygons: readonly Rings[]): (p: Point) => boolean {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let edges = 0;
  for (const rings of polygons)
    for (const ring of rings) {
      edges += ring.length;
      for (const [x, y] of ring) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  if (!(y1 >= y0)) return () => false;
  // About eight edges per band on average; each edge goes into every band its y-span meets.
  const count = Math.max(1, Math.min(256, Math.ceil(edges / 8)));
  const step = (y1 - y0) / count || 1;
  const bandOf = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - y0) / step)));
  const bands: number[][] = Array.from({ length: count }, () => []);
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        for (let b = bandOf(Math.min(yi, yj)), last = bandOf(Math.max(yi, yj)); b <= last; b++) bands[b]!.push(xi, yi, xj, yj);
      }
  return ([x, y]) => {
    if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) return false;
    const band = bands[bandOf(y)]!;
    let inside = false;
    for (let k = 0; k < band.length; k += 4) {
      const xi = band[k]!;
      const yi = band[k + 1]!;
      const xj = band[k + 2]!;
      const yj = band[k + 3]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** Even–odd point in polygon over all rings of all polygons. */
export function contains(polygons: readonly Rings[], [x, y]: Point): boolean {
  let inside = false;
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
  return inside;
}

function segmentDistanceSquared([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  let [x, y, dx, dy] = [ax, ay, bx - ax, by - ay];
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [bx, by];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

/** Signed distance from a point to a polygon's outline: positive inside, negative outside. */
export function signedDistance(rings: Rings, point: Point): number {
  let min = Infinity;
  for (const ring of rings) for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) min = Math.min(min, segmentDistanceSquared(point, ring[i]!, ring[j]!));
  return (contains([rings], point) ? 1 : -1) * Math.sqrt(min);
}

/**
 * The pole of inaccessibility of a polygon, to within `precision` pixels (the "polylabel" method:
 * square cells, searched best first, each split while it could still hold a better point).
 */
export function poleOfInaccessibility(rings: Rings, precision = 1): { point: Point; distance: number } {
  const outer = rings[0] ?? [];
  if (outer.length < 3) return { point: outer[0] ?? [0, 0], distance: 0 };
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const size = Math.min(x1 - x0, y1 - y0);
  if (size === 0) return { point: [x0, y0], distance: 0 };

  type Cell = { x: number; y: number; h: number; d: number; max: number };
  const cell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(rings, [x, y]);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue: Cell[] = [];
  let h = size / 2;
  for (let x = x0; x < x1; x += size) for (let y = y0; y < y1; y += size) queue.push(cell(x + h, y + h, h));
  // Start from the centre of the bounding box; the best cell found so far.
  let best = cell((x0 + x1) / 2, (y0 + y1) / 2, 0);
  while (queue.length) {
    queue.sort((a, b) => a.max - b.max);
    const c = queue.pop()!;
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    h = c.h / 2;
    queue.push(cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h));
  }
  return { point: [best.x, best.y], distance: best.d };
}
