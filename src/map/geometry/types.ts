/**
 * The map as the build lays it out and the browser draws it (`layout.ts` makes it, `Map.svg.svelte`
 * draws it): projected paths in a fixed viewBox per framing, each member's anchor, the meeting places,
 * and the labels placed for each frame width. Everything is in viewBox units; the browser only scales.
 */
export type Point = [number, number];

/** "member": a country of members.json, whatever the date; "osce": another participating State. */
export type LandKind = 'member' | 'osce' | 'other' | 'kosovo';

/** Width ÷ height of the map frame: wide screens, and narrow ones (phones). */
export const ASPECTS = { wide: 4 / 3, narrow: 1 } as const;
export type Aspect = keyof typeof ASPECTS;

/** The map's frame in CSS pixels. */
export interface Frame {
  readonly width: number;
  readonly height: number;
}

/** The frame the build's prerender assumes (the map's frame on a 1440 px wide desktop); the browser measures its own. */
export const PRERENDER_FRAME: Frame = { width: 836, height: 627 };

/** Narrower than this (CSS pixels) the frame is square (MapView's container query says the same, 34rem). */
export const NARROW_FRAME = 544;

/** A shape of the map, named from `data/`. */
export interface LaidCountry {
  /** ISO 3166-1 alpha-3 (for Kosovo, the user-assigned code of cartography.json). */
  readonly iso3: string;
  readonly kind: LandKind;
  /** The name from members.json, osce-states.json or cartography.json, in the layout's language; null for other land. */
  readonly name: string | null;
  /** Its SVG path, in viewBox units. */
  readonly d: string;
  /** Members and Kosovo: the pole of inaccessibility of the largest polygon, where a label and a sweep start. */
  readonly anchor: Point;
  /** From the anchor to the farthest corner of its bounds: the radius a sweep must reach. */
  readonly reach: number;
  /** Its bounding box's width and height. */
  readonly size: readonly [number, number];
}

export interface PlacedLabel {
  readonly id: string;
  readonly lines: readonly string[];
  /** Font size. */
  readonly size: number;
  /** The centre of the text block. */
  readonly x: number;
  readonly y: number;
  /** From the anchor to the nearest point of the label's box, when the label sits away from its anchor. */
  readonly leader: readonly [Point, Point] | null;
}

/** The labels for frames about `frame` CSS pixels wide (on the stage, where labels grow, `stage`). */
export interface LabelSet {
  readonly frame: number;
  readonly stage: boolean;
  /** A meeting marker's radius. */
  readonly markerRadius: number;
  readonly labels: readonly PlacedLabel[];
}

export interface MapLayout {
  readonly aspect: Aspect;
  /** The viewBox: 0 0 width height. */
  readonly width: number;
  readonly height: number;
  readonly countries: readonly LaidCountry[];
  /** Coasts, borders, and Kosovo's boundary (drawn apart, dashed). */
  readonly lines: { readonly coast: string; readonly borders: string; readonly kosovo: string };
  /** Every city where a dated meeting was held (`city` as the data writes it: the id of its label, `place:<city>`). */
  readonly places: readonly { readonly city: string; readonly country: string; readonly point: Point }[];
  readonly labelSets: readonly LabelSet[];
  /**
   * This drawing's box in a frame of the other framing (left, top, width, height, in shares of that
   * frame): the two are the same projection fitted again, so this drawing, scaled and moved there, falls
   * where the other framing draws it (a phone's square frame shows the prerendered wide drawing so until
   * the app has drawn its own: MapView).
   */
  readonly inOther: readonly [number, number, number, number];
}

/** The framing for a frame of `width` × `height` CSS pixels: its own shape where it has one (the page sets it by CSS), else by width. */
export function aspectFor(width: number, height = 0): Aspect {
  if (width > 0 && height > 0) return width / height < (ASPECTS.wide + ASPECTS.narrow) / 2 ? 'narrow' : 'wide';
  return width > 0 && width < NARROW_FRAME ? 'narrow' : 'wide';
}

/**
 * Whether a map laid out at `frame` is taken over as the build drew it: a prerendered frame in the
 * prerender's framing (else, a phone's square, the map is drawn afresh in its own).
 */
export const takenOverAsBuilt = (frame: Frame | undefined): boolean => !!frame && aspectFor(frame.width, frame.height) === aspectFor(PRERENDER_FRAME.width, PRERENDER_FRAME.height);

/**
 * The labels laid out for the frame width nearest below `width` (or the smallest): on the stage, its
 * own sets where one is made for a frame that narrow or narrower, else the page's.
 */
export function labelSetFor(layout: MapLayout, width: number, stage = false): LabelSet {
  const widest = (sets: readonly LabelSet[]) => sets.filter((s) => s.frame <= width).reduce<LabelSet | undefined>((a, b) => (!a || b.frame > a.frame ? b : a), undefined);
  const page = layout.labelSets.filter((s) => !s.stage);
  return (stage ? widest(layout.labelSets.filter((s) => s.stage)) : undefined) ?? widest(page) ?? page.reduce((a, b) => (b.frame < a.frame ? b : a));
}
