/**
 * The map laid out at build time (`plugin.ts` runs it; the browser only draws the result): for each
 * framing, the projection fitted once to the members, every shape as a compact SVG path in a fixed
 * viewBox, each member's pole and sweep radius, the meeting places, and the labels placed for a ladder
 * of frame widths (label sizes follow the frame's width in CSS pixels, so a label set is made for
 * each step; the browser takes the step nearest below its frame). Nothing here runs in the browser.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { NetworkModel } from '../../lib/model';
import { cityName } from '../../lib/model/words';
import { meetingPlaces } from './places';
import { insideTest, largestPolygon, poleOfInaccessibility, polygonArea, projectPolygons, type Rings } from './plane';
import { layoutLabels, wrap, type LabelInput } from './labels';
import { countriesObject, mapCountries, memberCollection, type Country } from './countries';
import { regionProjection } from './projection';
import { ASPECTS, type Aspect, type LabelSet, type LaidCountry, type MapLayout, type PlacedLabel, type Point } from './types';

/** The viewBox width of each framing, in units (paths are rounded to whole units). */
export const VIEWBOX_WIDTH: Record<Aspect, number> = { wide: 1600, narrow: 800 };

/** The frame widths (CSS pixels) label sets are made for: phones and narrow embeds; wide frames up to a 4K stage. */
export const FRAME_STEPS: Record<Aspect, readonly number[]> = {
  narrow: [280, 320, 360, 400, 450, 500],
  wide: [544, 640, 760, 900, 1060, 1250, 1480, 1750, 2100, 2500, 3000],
};

/**
 * The frame widths the stage's label sets are made for. Its labels grow with the frame (a 46th of its
 * width), so a set scaled to a wider frame is the set that frame would get, give or take a rounding:
 * two sets serve every stage from 1280x720 to 4K.
 */
export const STAGE_FRAMES: Record<Aspect, readonly number[]> = { narrow: [], wide: [700, 1250] };

/** The largest label size in pixels: 18 on the page; the stage, read from across a room, lets labels grow with the frame. */
const MAX_FONT = { page: 18, stage: Infinity } as const;
/**
 * The frame's width per pixel of label type: 62 on the page; 46 on the stage, whose map frame is about
 * as wide as the screen is high, so its labels stay above 2.2 % of the screen's height at any size.
 */
const WIDTH_PER_PX = { page: 62, stage: 46 } as const;
/** Narrower than this (CSS pixels), small countries are labelled by their codes. */
const SHORT_BELOW = 560;

/** Font size of labels, in pixels, for a frame `width` pixels wide (on the stage, `stage`). */
export const fontSizeFor = (width: number, stage = false) => {
  const where = stage ? 'stage' : 'page';
  return Math.round(Math.max(11, Math.min(MAX_FONT[where], width / WIDTH_PER_PX[where])));
};
/** A meeting marker's radius, in pixels. */
export const markerRadiusFor = (width: number, max: number) => Math.max(4, Math.min(max / 2.25, width / 160));

/**
 * A d3 path context that writes a path as briefly as SVG allows: each ring's first point absolute,
 * the rest as whole-unit steps from the point before (rounded where they fall, so no error adds up).
 */
class CompactPath {
  #out = '';
  #x = 0;
  #y = 0;
  #open = false;
  moveTo(x: number, y: number) {
    [this.#x, this.#y] = [Math.round(x), Math.round(y)];
    this.#out += `M${this.#x} ${this.#y}`;
    this.#open = false;
  }
  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    const [dx, dy] = [rx - this.#x, ry - this.#y];
    if (dx === 0 && dy === 0) return;
    const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
    this.#out += this.#open ? `${dx < 0 ? '' : ' '}${pair}` : `l${pair}`;
    this.#open = true;
    [this.#x, this.#y] = [rx, ry];
  }
  closePath() {
    this.#out += 'z';
    this.#open = false;
  }
  arc() {}
  result() {
    const out = this.#out;
    this.#out = '';
    return out;
  }
}

function pathOf(projection: GeoProjection) {
  const context = new CompactPath();
  const path = geoPath(projection, context as never);
  return (object: Parameters<typeof path>[0]) => {
    path(object);
    return context.result();
  };
}

/** One framing of the map: paths, anchors, places and a label set per frame step. */
export function layoutMap(topology: Topology, model: NetworkModel, aspect: Aspect): MapLayout {
  const { countries, unknown } = mapCountries(topology, model.data);
  if (unknown.length) throw new Error(`The map's geometry has shapes the data does not name: ${unknown.join(', ')}`);
  const width = VIEWBOX_WIDTH[aspect];
  const height = Math.round(width / ASPECTS[aspect]);
  const focus = memberCollection(countries);
  const projection = regionProjection(focus, width, height);
  // The other framing is the same projection fitted again: it differs by its scale and translation alone.
  const otherAspect: Aspect = aspect === 'wide' ? 'narrow' : 'wide';
  const [otherWidth, otherHeight] = [VIEWBOX_WIDTH[otherAspect], Math.round(VIEWBOX_WIDTH[otherAspect] / ASPECTS[otherAspect])];
  const otherProjection = regionProjection(focus, otherWidth, otherHeight);
  const k = projection.scale() / otherProjection.scale();
  const [[tx, ty], [ox, oy]] = [projection.translate(), otherProjection.translate()];
  // The other frame in this layout's units: at (tx - ox k, ty - oy k), otherWidth k by otherHeight k.
  const [otherX, otherY] = [tx - ox * k, ty - oy * k];
  const share = (n: number, of: number) => Math.round((n / of) * 1e4) / 1e4;
  const inOther = [share(-otherX, otherWidth * k), share(-otherY, otherHeight * k), share(width, otherWidth * k), share(height, otherHeight * k)] as const;
  // The lines are drawn within the frame.
  const linePath = pathOf(regionProjection(focus, width, height));
  // The wide framing's shapes, which the build prerenders, reach over the square frame's box too (the strip
  // north of its own viewBox: south of it is sea): a phone's square frame shows them there until the app has
  // drawn its own (MapView), with no band of land missing at its top (the borders in it come with the app).
  if (aspect === 'wide')
    projection.clipExtent([
      [0, Math.min(0, otherY)],
      [width, height],
    ]);
  const path = pathOf(projection);
  const bounds = geoPath(projection);
  const round = (n: number) => Math.round(n * 10) / 10;
  const roundPoint = ([x, y]: Point): Point => [round(x), round(y)];

  const projected = countries.map((c) => ({ country: c, polygons: projectPolygons(c.feature.geometry, projection) }));
  const laid: LaidCountry[] = projected.map(({ country: c, polygons }) => {
    const d = path(c.feature);
    if (c.kind !== 'member' && c.kind !== 'kosovo') return { iso3: c.iso3, kind: c.kind, name: c.name, d, anchor: [0, 0], reach: 0, size: [0, 0] };
    const { point } = poleOfInaccessibility(largestPolygon(polygons), 0.5);
    const [[x0, y0], [x1, y1]] = bounds.bounds(c.feature);
    const reach = Math.max(...[[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map(([x, y]) => Math.hypot(x! - point[0], y! - point[1])));
    return { iso3: c.iso3, kind: c.kind, name: c.name, d, anchor: roundPoint(point), reach: round(reach), size: [round(x1 - x0), round(y1 - y0)] };
  });

  const object = countriesObject(topology);
  const isKosovo = (g: { id?: string | number; properties?: unknown }) => g.id === undefined && (g.properties as { name?: string } | undefined)?.name === model.data.cartography.kosovo.atlasName;
  const lines = {
    coast: linePath(mesh(topology, object, (a, b) => a === b)),
    borders: linePath(mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b))),
    kosovo: linePath(mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b)))),
  };
  const places = meetingPlaces(model).places.map((p) => ({ city: p.city, country: p.country, point: roundPoint(projection([p.lon, p.lat]) ?? [0, 0]) }));

  const labelSets: LabelSet[] = [];
  for (const frame of FRAME_STEPS[aspect]) labelSets.push(labelSet(projected, laid, places, width, height, frame, false));
  for (const frame of STAGE_FRAMES[aspect]) labelSets.push(labelSet(projected, laid, places, width, height, frame, true));
  return { aspect, width, height, countries: laid, lines, places, labelSets, inOther };
}

/**
 * The labels for a frame `frame` CSS pixels wide: placed in that frame's pixels (where sizes,
 * clearances and the rule for short codes are set), then given back in viewBox units.
 */
function labelSet(
  projected: readonly { country: Country; polygons: Rings[] }[],
  laid: readonly LaidCountry[],
  places: MapLayout['places'],
  width: number,
  height: number,
  frame: number,
  stage: boolean,
): LabelSet {
  const k = frame / width;
  const px = ([x, y]: Point): Point => [x * k, y * k];
  const size = fontSizeFor(frame, stage);
  const markerRadius = markerRadiusFor(frame, stage ? 48 : MAX_FONT.page);
  // On the stage every name is read from the back of the room: none is set smaller than the countries'.
  const smaller = stage ? size : Math.max(11, size - 2);
  const inputs: LabelInput[] = [];
  const tests = projected.map(({ polygons }) => insideTest(polygons.map((rings) => rings.map((ring) => ring.map(px)))));
  projected.forEach(({ country: c, polygons }, i) => {
    if (c.kind !== 'member' && c.kind !== 'kosovo') return;
    const shape = laid[i]!;
    const short = frame < SHORT_BELOW && c.kind === 'member' && (shape.size[0] * k < 70 || shape.size[1] * k < 36);
    inputs.push({
      id: c.iso3,
      lines: c.kind === 'kosovo' ? [`${c.name}*`] : short ? [c.iso3] : wrap(c.name!),
      anchor: px(shape.anchor),
      size: c.kind === 'kosovo' ? smaller : size,
      // The members' names are drawn at weight 600 on the page and the stage alike: bold in a font without a semibold.
      bold: c.kind === 'member',
      inside: tests[i],
      clearance: 2,
      priority: c.kind === 'kosovo' ? 0 : 1 + polygons.reduce((sum, p) => sum + polygonArea(p), 0) * k * k / 1e7,
      // On a phone Kosovo's label stays on Kosovo: a leader from so small a place would cross its neighbours.
      stay: c.kind === 'kosovo' && frame < SHORT_BELOW,
    });
  });
  for (const p of places) inputs.push({ id: `place:${p.city}`, lines: [cityName(p.city)], anchor: px(p.point), size: smaller, clearance: markerRadius + 1, priority: -1, beside: true });
  const placed = layoutLabels(inputs, frame, (height * frame) / width, (p) => tests.some((inside) => inside(p)));
  const round = (n: number) => Math.round((n / k) * 10) / 10;
  const back = ([x, y]: Point): Point => [round(x), round(y)];
  const labels: PlacedLabel[] = placed.map((l) => ({
    id: l.id,
    lines: l.lines,
    size: round(l.size),
    x: round(l.x),
    y: round(l.y),
    leader: l.leader ? [back(l.leader[0]), back(l.leader[1])] : null,
  }));
  return { frame, stage, markerRadius: round(markerRadius), labels };
}

/** Both framings. */
export function layoutMaps(topology: Topology, model: NetworkModel): Record<Aspect, MapLayout> {
  return { wide: layoutMap(topology, model, 'wide'), narrow: layoutMap(topology, model, 'narrow') };
}
