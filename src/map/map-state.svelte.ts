/**
 * The map's state: what the build laid out (`geometry/layout.ts`: paths, poles, places, labels in
 * viewBox units) and what the clock's day changes (statuses, markers, the caption). Nothing is
 * projected or placed here: the frame's width picks the label set laid out for it, and the sizes
 * that must stay the same on screen (a halo, a finger's target) are turned into viewBox units.
 */
import type { Day } from '../lib/dates/partial-date';
import { byName, type NetworkModel } from '../lib/model';
import { onlineMeetings } from './model';
import { meetingPlaces } from './geometry/places';
import { labelSetFor, type LaidCountry, type MapLayout, type PlacedLabel } from './geometry/types';

export type DrawnCountry = LaidCountry;

export interface Inputs {
  model: () => NetworkModel;
  /** Undefined while the layout loads: the caption, markers and statuses work without it. */
  layout: () => MapLayout | undefined;
  /** The stage's labels (larger on a wide screen, read from across a room). */
  stage?: boolean;
  day: () => Day;
}

export class MapState {
  /** The frame's size in CSS pixels (bound to the frame element). */
  width = $state(0);
  height = $state(0);

  readonly #in: Inputs;

  constructor(inputs: Inputs, size?: { width: number; height: number }) {
    this.#in = inputs;
    if (size) [this.width, this.height] = [size.width, size.height];
  }

  readonly model = $derived.by(() => this.#in.model());
  readonly data = $derived(this.model.data);
  readonly layout = $derived.by(() => this.#in.layout());
  /** Whether there is a map to draw: a layout and a measured frame. */
  readonly ready = $derived(!!this.layout && this.width > 0 && this.height > 0);
  /** The viewBox. */
  readonly viewWidth = $derived(this.layout?.width ?? 0);
  readonly viewHeight = $derived(this.layout?.height ?? 0);
  /** ViewBox units per CSS pixel of the frame. */
  readonly unit = $derived(this.width > 0 && this.layout ? this.layout.width / this.width : 1);

  readonly allPlaces = $derived(meetingPlaces(this.model).places);
  readonly allOnline = $derived(onlineMeetings(this.model));

  readonly drawn: readonly DrawnCountry[] = $derived(this.layout?.countries ?? []);
  /** Member shapes in focus order: by name, as the table lists them. */
  readonly memberShapes = $derived(this.drawn.filter((c) => c.kind === 'member').sort((a, b) => byName(a.name!, b.name!)));
  readonly otherShapes = $derived(this.drawn.filter((c) => c.kind !== 'member'));
  readonly kosovo = $derived(this.drawn.find((c) => c.kind === 'kosovo') ?? null);
  readonly lines = $derived(this.layout?.lines ?? { coast: '', borders: '', kosovo: '' });

  readonly labelSet = $derived.by(() => (this.layout ? labelSetFor(this.layout, this.width, this.#in.stage) : null));
  readonly labels: ReadonlyMap<string, PlacedLabel> = $derived(new Map((this.labelSet?.labels ?? []).map((l) => [l.id, l])));
  readonly markerRadius = $derived(this.labelSet?.markerRadius ?? 0);

  /** Meeting places (every place, so labels do not move as markers appear). */
  readonly placePoints = $derived(this.layout?.places ?? []);

  /** A length of `px` CSS pixels on screen, in viewBox units, to a hundredth (about a two-hundredth of a pixel: "5.74" draws what "5.741626794258373" would, and is shorter in the page). */
  px(px: number): number {
    return Math.round(px * this.unit * 100) / 100;
  }

  /** A point of the viewBox in the frame's CSS pixels. */
  toFrame([x, y]: readonly [number, number]): [number, number] {
    return [x / this.unit, y / this.unit];
  }

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
