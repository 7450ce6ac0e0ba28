/**
 * Where the meetings were held: every city with its dated meetings. The build places them on the map
 * (layout.ts) and the page marks which had been held by a day (map-state). Pure.
 */
import type { Meeting } from '../../lib/data/schema';
import type { NetworkModel } from '../../lib/model';

/** A meeting place and its meetings. */
export interface PlaceMarker {
  readonly city: string;
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  /** Every dated meeting held there, earliest first. */
  readonly meetings: readonly Meeting[];
}

/**
 * Every city where a dated meeting was held, each with its meetings in time order. Which of them
 * had been held by a day is the snapshot's `held` set: `model.at(day).held`.
 */
export function meetingPlaces(model: NetworkModel): { places: PlaceMarker[]; missing: string[] } {
  const coordinates = new Map(model.data.cartography.places.map((p) => [`${p.city}|${p.country}`, p]));
  const byCity = new Map<string, Meeting[]>();
  for (const info of [...model.meetings.values()].filter((i) => i.day !== null).sort((a, b) => a.day! - b.day!)) {
    const m = info.meeting;
    if (m.place.kind !== 'city') continue;
    const key = `${m.place.city}|${m.place.country}`;
    byCity.set(key, [...(byCity.get(key) ?? []), m]);
  }
  const places: PlaceMarker[] = [];
  const missing: string[] = [];
  for (const [key, meetings] of byCity) {
    const at = coordinates.get(key);
    if (at) places.push({ city: at.city, country: at.country, lon: at.lon, lat: at.lat, meetings });
    else missing.push(key);
  }
  return { places, missing };
}
