/**
 * The map's state: a chain of derived values from the dataset, the topology, the frame's size and
 * the clock's day. The projection is fitted fresh for every frame size; paths, anchors and labels
 * follow the size only, so playing the clock changes fills, markers and the caption, nothing else.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Day } from '../lib/dates/partial-date';
import type { NetworkModel } from '../lib/model';
import { regionProjection } from './geometry/projection';
import { countriesObject, mapCountries, meetingPlaces, memberCollection, onlineMeetings, type Country } from './model';
import { insideTest, largestPolygon, poleOfInaccessibility, polygonArea, projectPolygons, type Point, type Rings } from './plane';
import { layoutLabels, wrap, type LabelInput } from './labels';

/** A drawn shape: a country with its path and, for members, where its label and sweep start. */
export interface DrawnCountry extends Country {
  readonly d: string;
  readonly polygons: Rings[];
  /** The pole of inaccessibility of its largest polygon. */
  readonly anchor: Point;
  /** From the anchor to the farthest corner of its bounds: the radius a sweep must reach. */
  readonly reach: number;
  /** Its bounding box's width and height in pixels. */
  readonly size: readonly [number, number];
}

/** Narrower than this (in CSS pixels), small countries are labelled by their codes. */
const NARROW = 560;

export interface Inputs {
  model: () => NetworkModel;
  /** Undefined while the geometry loads: the caption, markers and statuses work without it. */
  topology: () => Topology | undefined;
  /** The largest label size in pixels (18 on the page; the stage, read from across a room, lets labels grow). */
  maxFontSize?: number;
  day: () => Day;
}

export class MapState {
  /** The frame's size in CSS pixels (bound to the frame element). */
  width = $state(0);
  height = $state(0);

  readonly #in: Inputs;

  constructor(inputs: Inputs) {
    this.#in = inputs;
  }

  readonly model = $derived.by(() => this.#in.model());
  readonly data = $derived(this.model.data);
  readonly topology = $derived.by(() => this.#in.topology());
  readonly joined = $derived(this.topology ? mapCountries(this.topology, this.data) : { countries: [], unknown: [] });
  readonly countries = $derived(this.joined.countries);
  readonly members = $derived(memberCollection(this.countries));
  readonly allPlaces = $derived(meetingPlaces(this.model).places);
  readonly allOnline = $derived(onlineMeetings(this.model));

  readonly projection: GeoProjection | null = $derived(this.width > 0 && this.height > 0 && this.countries.length ? regionProjection(this.members, this.width, this.height) : null);

  readonly drawn: DrawnCountry[] = $derived.by(() => {
    const projection = this.projection;
    if (!projection) return [];
    const path = geoPath(projection).digits(1);
    return this.countries.map((c) => {
      const d = path(c.feature) ?? '';
      const polygons = projectPolygons(c.feature.geometry, projection);
      if (c.kind !== 'member' && c.kind !== 'kosovo') return { ...c, d, polygons, anchor: [0, 0] as Point, reach: 0, size: [0, 0] as const };
      const { point } = poleOfInaccessibility(largestPolygon(polygons), 0.5);
      const [[x0, y0], [x1, y1]] = path.bounds(c.feature);
      const reach = Math.max(...[[x0, y0], [x1, y0], [x0, y1], [x1, y1]].map(([x, y]) => Math.hypot(x! - point[0], y! - point[1])));
      return { ...c, d, polygons, anchor: point, reach, size: [x1 - x0, y1 - y0] as const };
    });
  });

  /** Member shapes in focus order: by name, as the table lists them. */
  readonly memberShapes = $derived(this.drawn.filter((c) => c.kind === 'member').sort((a, b) => a.name!.localeCompare(b.name!, 'en')));
  readonly otherShapes = $derived(this.drawn.filter((c) => c.kind !== 'member'));
  readonly kosovo = $derived(this.drawn.find((c) => c.kind === 'kosovo') ?? null);

  /** The lines between shapes: coasts, borders, and Kosovo's boundary (drawn apart, dashed). */
  readonly lines = $derived.by(() => {
    const [projection, topology] = [this.projection, this.topology];
    if (!projection || !topology) return { coast: '', borders: '', kosovo: '' };
    const object = countriesObject(topology);
    const path = geoPath(projection).digits(1);
    const isKosovo = (g: { id?: string | number; properties?: unknown }) => g.id === undefined && (g.properties as { name?: string } | undefined)?.name === this.data.cartography.kosovo.atlasName;
    return {
      coast: path(mesh(topology, object, (a, b) => a === b)) ?? '',
      borders: path(mesh(topology, object, (a, b) => a !== b && !isKosovo(a) && !isKosovo(b))) ?? '',
      kosovo: path(mesh(topology, object, (a, b) => a !== b && (isKosovo(a) || isKosovo(b)))) ?? '',
    };
  });

  /**
   * On a narrow frame (a phone) a country too small for its name is labelled with its ISO code, which
   * fits inside it, rather than with a name pushed onto its neighbours; the shape's accessible name,
   * its card, the legend and the table keep the full name.
   */
  short(c: DrawnCountry): boolean {
    return this.width < NARROW && c.kind === 'member' && (c.size[0] < 70 || c.size[1] < 36);
  }

  /** Font size of labels, in pixels, by frame width. */
  readonly fontSize = $derived.by(() => Math.round(Math.max(11, Math.min(this.#in.maxFontSize ?? 18, this.width / 62))));
  readonly markerRadius = $derived.by(() => Math.max(4, Math.min((this.#in.maxFontSize ?? 18) / 2.25, this.width / 160)));

  /** Meeting places, projected (every place, so labels do not move as markers appear). */
  readonly placePoints = $derived(
    this.projection ? this.allPlaces.map((p) => ({ city: p.city, country: p.country, point: this.projection!([p.lon, p.lat]) ?? ([0, 0] as Point) })) : [],
  );

  readonly labels = $derived.by(() => {
    if (!this.projection) return new Map();
    const size = this.fontSize;
    const inputs: LabelInput[] = [];
    for (const c of this.drawn) {
      if (c.kind !== 'member' && c.kind !== 'kosovo') continue;
      const polygons = c.polygons;
      inputs.push({
        id: c.iso3,
        lines: c.kind === 'kosovo' ? [`${c.name}*`] : this.short(c) ? [c.iso3] : wrap(c.name!),
        anchor: c.anchor,
        size: c.kind === 'kosovo' ? Math.max(11, size - 2) : size,
        inside: insideTest(polygons),
        clearance: 2,
        priority: c.kind === 'kosovo' ? 0 : 1 + polygons.reduce((sum, p) => sum + polygonArea(p), 0) / 1e7,
        // On a phone Kosovo's label stays on Kosovo: a leader from so small a place would cross its neighbours.
        stay: c.kind === 'kosovo' && this.width < NARROW,
      });
    }
    for (const p of this.placePoints) {
      inputs.push({ id: `place:${p.city}`, lines: [p.city], anchor: p.point, size: Math.max(11, size - 2), clearance: this.markerRadius + 1, priority: -1, beside: true });
    }
    const land = this.drawn.map((c) => insideTest(c.polygons));
    return new Map(layoutLabels(inputs, this.width, this.height, (p) => land.some((inside) => inside(p))).map((l) => [l.id, l]));
  });

  readonly day = $derived.by(() => this.#in.day());

  /**
   * The network on the day: the model returns the same snapshot for every day until something
   * changes, so while the clock plays the values below (and what they draw) change on a few days only.
   */
  readonly at = $derived(this.model.at(this.day));
  readonly statuses = $derived(this.at.statuses);
  readonly markers = $derived.by(() => {
    const held = this.at.held;
    return this.allPlaces.map((p) => ({ ...p, meetings: p.meetings.filter((m) => held.has(m.id)) }));
  });
  readonly online = $derived.by(() => {
    const held = this.at.held;
    return this.allOnline.filter((m) => held.has(m.id));
  });
  /** The latest event the map tells of. */
  readonly caption = $derived(this.at.mapEvent);
}
