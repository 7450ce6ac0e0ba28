/**
 * The build-time cut: from world-atlas's countries-50m, keep only the part of the world the map can
 * show, simplify it for the sizes it is drawn at, and quantise it. `generate.mjs` writes the result
 * to `region.topo.json`; a unit test checks that file is what this code makes today.
 *
 * Why 50m: at 110m Montenegro, North Macedonia, Slovenia and Kosovo are a handful of points each and
 * the Croatian islands are missing; 50m draws them clearly, and cut to the region it is small.
 *
 * Atlas quirks handled here: Kosovo has no id (it is kept by name); in 50m the id "036" is used twice
 * (Australia, Ashmore and Cartier Is.), so the cut refuses any id that appears twice in the region; other
 * geometries without an id are refused if they reach the region, rather than drawn unnamed.
 */
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, planarRingArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { ASPECTS, baseProjection, regionProjection } from './projection.ts';

export interface CutOptions {
  /** ISO 3166-1 numeric ids of the countries the projection is fitted to (the members). */
  readonly focus: readonly string[];
  /** Atlas names of geometries without an id that are kept (Kosovo). */
  readonly keepByName: readonly string[];
  /** Room added on every side of what the map can show, as a share of its width and height. */
  readonly margin: number;
  /** Points carrying less planar triangle area than this (square degrees) are simplified away. */
  readonly minWeight: number;
  /** Rings (islets, lakes) smaller than this many square degrees are dropped. */
  readonly minRingArea: number;
  /** Grid steps per axis of the quantised topology. */
  readonly quantization: number;
}

export const CUT_OPTIONS: CutOptions = {
  focus: ['008', '040', '070', '100', '191', '300', '348', '380', '499', '642', '688', '705', '807'],
  keepByName: ['Kosovo'],
  margin: 0.03,
  minWeight: 0.0008,
  minRingArea: 0.0015,
  quantization: 10_000,
};

type Point = [number, number];
/** A rectangle [[x0, y0], [x1, y1]] in the plane of `baseProjection()`. */
type Box = [Point, Point];
type Shape = Feature<Polygon | MultiPolygon, { name?: string }>;

/** The countries of the atlas as GeoJSON, each with its id (or none) and atlas name. */
export function atlasFeatures(atlas: Topology): Shape[] {
  const countries = atlas.objects['countries'] as GeometryCollection<{ name: string }>;
  return (feature(atlas, countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
}

/** The focus countries as one collection, to fit the projection to. */
export function focusCollection(features: readonly Shape[], focus: readonly string[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: features.filter((f) => f.id !== undefined && focus.includes(String(f.id))) };
}

/**
 * Everything the map can show, as a rectangle in the plane of `baseProjection()`: the frame of every
 * aspect ratio, mapped back through its fit (a scale and a translation), their union, plus `margin`
 * (a share of its width and height) on every side.
 */
export function cutBox(focus: FeatureCollection<Polygon | MultiPolygon>, margin: number): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const aspect of Object.values(ASPECTS)) {
    const [w, h] = [1000 * aspect, 1000];
    const fitted = regionProjection(focus, w, h);
    const k = fitted.scale();
    const [tx, ty] = fitted.translate();
    x0 = Math.min(x0, -tx / k);
    x1 = Math.max(x1, (w - tx) / k);
    y0 = Math.min(y0, -ty / k);
    y1 = Math.max(y1, (h - ty) / k);
  }
  const [mx, my] = [(x1 - x0) * margin, (y1 - y0) * margin];
  return [
    [x0 - mx, y0 - my],
    [x1 + mx, y1 + my],
  ];
}

/** The longitude–latitude bounds of a box of the projection's plane (its border, walked in small steps). */
export function sphereBounds(box: Box): [Point, Point] {
  const plane = baseProjection();
  const [[x0, y0], [x1, y1]] = box;
  const points: Point[] = [];
  for (let i = 0; i <= 100; i++) {
    const t = i / 100;
    for (const p of [
      [x0 + t * (x1 - x0), y0],
      [x0 + t * (x1 - x0), y1],
      [x0, y0 + t * (y1 - y0)],
      [x1, y0 + t * (y1 - y0)],
    ] as Point[])
      points.push(plane.invert!(p) as Point);
  }
  return geoBounds({ type: 'MultiPoint', coordinates: points }) as [Point, Point];
}

/** Sutherland–Hodgman: a closed ring of plane points clipped to a box (empty when nothing is left). */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  const [[x0, y0], [x1, y1]] = box;
  const edges: { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }[] = [
    { inside: (p) => p[0] >= x0, cross: (a, b) => atX(a, b, x0) },
    { inside: (p) => p[0] <= x1, cross: (a, b) => atX(a, b, x1) },
    { inside: (p) => p[1] >= y0, cross: (a, b) => atY(a, b, y0) },
    { inside: (p) => p[1] <= y1, cross: (a, b) => atY(a, b, y1) },
  ];
  // Work on the open ring (GeoJSON repeats the first point at the end).
  let out: Point[] = ring.slice(0, -1);
  for (const edge of edges) {
    if (!out.length) break;
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) out.push(edge.cross(previous, current));
    }
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

function atX(a: Point, b: Point, x: number): Point {
  return [x, a[1] + ((x - a[0]) / (b[0] - a[0])) * (b[1] - a[1])];
}
function atY(a: Point, b: Point, y: number): Point {
  return [a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]), y];
}

/**
 * A country cut to the box (in the projection's plane, where the frame is a rectangle, then back to
 * longitude and latitude), without rings smaller than `minArea` square degrees; null when nothing is left.
 */
export function clipFeature(f: Shape, box: Box, minArea: number): Shape | null {
  const plane = baseProjection();
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const toPlane = (ring: Position[]) => ring.map((p) => plane([p[0]!, p[1]!]) as Point);
  const toSphere = (ring: Point[]) => ring.map((p) => plane.invert!(p) as Point);
  const kept: Point[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => toSphere(clipRing(toPlane(ring), box)));
    if (!outer || !outer.length || planarRingArea(outer) < minArea) continue;
    kept.push([outer, ...holes.filter((h) => h.length && planarRingArea(h) >= minArea)]);
  }
  if (!kept.length) return null;
  const geometry: Polygon | MultiPolygon = kept.length === 1 ? { type: 'Polygon', coordinates: kept[0]! } : { type: 'MultiPolygon', coordinates: kept };
  return { type: 'Feature', id: f.id, properties: f.id === undefined ? { name: f.properties.name } : {}, geometry };
}

/** The region's topology: the countries the map can show, cut, simplified and quantised. */
export function cutRegion(atlas: Topology, options: CutOptions = CUT_OPTIONS): Topology {
  const all = atlasFeatures(atlas);
  const box = cutBox(focusCollection(all, options.focus), options.margin);

  const reach = sphereBounds(box);
  const kept: Shape[] = [];
  for (const f of all) {
    // Only countries whose bounds meet the box: this also keeps out rings that the plane of a conic
    // projection tears apart (Antarctica's, around the pole), which could otherwise cross the box.
    const [[w, s], [e, n]] = geoBounds(f);
    if (w > reach[1][0] || e < reach[0][0] || s > reach[1][1] || n < reach[0][1]) continue;
    const clipped = clipFeature(f, box, options.minRingArea);
    if (!clipped) continue;
    if (f.id === undefined && !options.keepByName.includes(f.properties.name ?? '')) {
      throw new Error(`The atlas has a geometry without an id in the region: "${f.properties.name}". Decide how to draw it.`);
    }
    if (f.id !== undefined && kept.some((k) => k.id === f.id)) throw new Error(`The atlas id "${f.id}" appears twice in the region.`);
    kept.push(clipped);
  }
  // A stable order (ids, then the id-less by name) keeps the output deterministic.
  kept.sort((a, b) => String(a.id ?? `~${a.properties.name}`).localeCompare(String(b.id ?? `~${b.properties.name}`)));

  const collection: FeatureCollection = { type: 'FeatureCollection', features: kept };
  const topo = topology({ countries: collection }) as unknown as Topology<Objects<{}>>;
  const simplified = simplify(presimplify(topo), options.minWeight);
  const out = quantize(simplified, options.quantization) as Topology;
  // Round the transform so the file does not depend on the last bits of floating point.
  out.transform = {
    scale: out.transform!.scale.map((s) => Number(s.toPrecision(12))) as [number, number],
    translate: out.transform!.translate.map((t) => Number(t.toPrecision(12))) as [number, number],
  };
  delete out.bbox;
  return out;
}

/** The file's text: compact JSON with a final newline. */
export function serialise(topology: Topology): string {
  return `${JSON.stringify(topology)}\n`;
}
