/**
 * Which land is which, settled at build time: every shape of the region's topology with its code,
 * kind and name from `data/` (never the atlas's names). Used by the layout (`layout.ts`) only; the
 * browser gets the result, drawn.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Dataset } from '../../lib/data/schema';
import { mapNotes, memberName } from '../../lib/model/words';
import type { LandKind } from './types';

export type Shape = Feature<Polygon | MultiPolygon>;

/** One shape of the map, named from `data/` (never from the atlas). */
export interface Country {
  /** ISO 3166-1 alpha-3 (for Kosovo, the user-assigned code of cartography.json). */
  readonly iso3: string;
  /** "member": a country of members.json, whatever the date; "osce": another participating State. */
  readonly kind: LandKind;
  /** The name from members.json, osce-states.json or cartography.json, in the language of the layout being made; null for other land. */
  readonly name: string | null;
  readonly feature: Shape;
}

/** The topology's object the map draws. */
export function countriesObject(topology: Topology): GeometryCollection {
  return topology.objects['countries'] as GeometryCollection;
}

/**
 * Every shape of the region with its code, kind and name, joined to the data by ISO numeric id
 * (Kosovo, which has no id in the atlas, by its atlas name). Shapes the data cannot name are
 * reported, never drawn unnamed.
 */
export function mapCountries(topology: Topology, data: Dataset): { countries: Country[]; unknown: string[] } {
  const members = new Map(data.members.map((m) => [m.isoNumeric, m]));
  const states = new Map(data.osceStates.states.map((s) => [s.isoNumeric, s]));
  const other = new Map(data.cartography.otherLand.map((o) => [o.isoNumeric, o]));
  const kosovo = data.cartography.kosovo;
  const countries: Country[] = [];
  const unknown: string[] = [];
  for (const geometry of countriesObject(topology).geometries) {
    const shape = feature(topology, geometry as GeometryObject) as Shape;
    const id = geometry.id === undefined ? undefined : String(geometry.id);
    const atlasName = (geometry.properties as { name?: string } | undefined)?.name;
    const member = id ? members.get(id) : undefined;
    const state = id ? states.get(id) : undefined;
    const land = id ? other.get(id) : undefined;
    if (member) countries.push({ iso3: member.id, kind: 'member', name: memberName(member), feature: shape });
    else if (state) countries.push({ iso3: state.id, kind: 'osce', name: memberName(state), feature: shape });
    else if (land) countries.push({ iso3: land.code, kind: 'other', name: null, feature: shape });
    else if (id === undefined && atlasName === kosovo.atlasName) countries.push({ iso3: kosovo.code.text, kind: 'kosovo', name: mapNotes(data).kosovo, feature: shape });
    else unknown.push(id ?? atlasName ?? '?');
  }
  return { countries, unknown };
}

/** The member countries' shapes, which the projection is fitted to. */
export function memberCollection(countries: readonly Country[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: countries.filter((c) => c.kind === 'member').map((c) => c.feature) };
}
