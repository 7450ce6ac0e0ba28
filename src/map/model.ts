/**
 * What the member map shows, as pure functions of the dataset, the region's topology and a day:
 * which land is which, the meeting places and online meetings, and a country's card; what changes
 * with the day comes from the model's snapshot (`model.at(day)`). No drawing here; `Map.svg.svelte` draws.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Dataset, Disagreement, Meeting, Member } from '../lib/data/schema';
import { formatDay, type Day } from '../lib/dates/partial-date';
import { asOfDay, asOfWords, inferredWords, milestoneWords, whenText, type MemberStatus, type NetworkModel, type Wave } from '../lib/model';

export type LandKind = 'member' | 'osce' | 'other' | 'kosovo';
export type Shape = Feature<Polygon | MultiPolygon>;

/** One shape of the map, named from `data/` (never from the atlas). */
export interface Country {
  /** ISO 3166-1 alpha-3 (for Kosovo, the user-assigned code of cartography.json). */
  readonly iso3: string;
  /** "member": a country of members.json, whatever the date; "osce": another participating State. */
  readonly kind: LandKind;
  /** The name from members.json, osce-states.json or cartography.json; null for other land. */
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
    if (member) countries.push({ iso3: member.id, kind: 'member', name: member.name, feature: shape });
    else if (state) countries.push({ iso3: state.id, kind: 'osce', name: state.name, feature: shape });
    else if (land) countries.push({ iso3: land.code, kind: 'other', name: null, feature: shape });
    else if (id === undefined && atlasName === kosovo.atlasName) countries.push({ iso3: kosovo.code.text, kind: 'kosovo', name: kosovo.name.text, feature: shape });
    else unknown.push(id ?? atlasName ?? '?');
  }
  return { countries, unknown };
}

/** The member countries' shapes, which the projection is fitted to. */
export function memberCollection(countries: readonly Country[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: countries.filter((c) => c.kind === 'member').map((c) => c.feature) };
}

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

/** The meetings held online, in time order. */
export function onlineMeetings(model: NetworkModel): Meeting[] {
  return [...model.meetings.values()].filter((i) => i.meeting.place.kind === 'online' && i.day !== null).sort((a, b) => a.day! - b.day!).map((i) => i.meeting);
}

/** A line of a card: what, when (at the source's precision), where, and its sources. */
export interface CardLine {
  readonly text: string;
  readonly sources: readonly string[];
  /** Where the line rests on inference: "inferred: …" in words, shown apart from the fact. */
  readonly inferred?: string;
}

const withInferred = (line: CardLine, inferred: { reason: string; sources: string[] } | undefined): CardLine =>
  inferred ? { ...line, inferred: inferredWords(inferred), sources: [...new Set([...line.sources, ...inferred.sources])] } : line;

/** What a country's card says. */
export interface CountryCard {
  readonly member: Member;
  readonly status: MemberStatus;
  readonly wave: Wave | undefined;
  /** Each reading of when it joined. */
  readonly joined: readonly CardLine[];
  readonly disagreement: Disagreement | undefined;
  /** The prosecution offices the sources name for it (often none). */
  readonly offices: readonly CardLine[];
  /** Its part in the Secretariat: one line per milestone of its terms. */
  readonly secretariat: readonly CardLine[];
  /** Its part in the Executive Board. */
  readonly board: readonly CardLine[];
  /** Every source the card cites. */
  readonly sources: readonly string[];
}

/** The card of a member country at a day; null for a code that is not a member. */
export function countryCard(model: NetworkModel, iso3: string, day: Day): CountryCard | null {
  const info = model.members.get(iso3);
  if (!info) return null;
  const { data, meetingIndex: meetings } = model;
  const joined = info.member.joined.map((r) => withInferred({ text: whenText(r, meetings), sources: r.sources }, r.inferred));
  const offices = data.offices.named
    .filter((o) => o.country === iso3)
    .map((o) => ({ text: `${o.name}: ${o.role}`, sources: [...new Set([...o.sources, ...(o.also ?? []).flatMap((a) => a.sources)])] }));
  const secretariat = model.terms
    .filter((t) => t.term.country === iso3)
    .flatMap((t) =>
      t.milestones.map((m) =>
        withInferred({ text: `${milestoneWords(m.milestone, m.side)}${t.term.office ? ` (${t.term.office})` : ''}: ${whenText(m.milestone, meetings)}`, sources: m.milestone.sources }, m.milestone.inferred),
      ),
    );
  // The sources name the Board's members once, for one date: before it, the card says so.
  const board = data.board.members
    .filter((b) => b.country === iso3)
    .map((b) => {
      const asOf = asOfWords(b.asOf, model.latestDate);
      const later = day < asOfDay(b.asOf, model.knowledgeEnds) ? `, after ${formatDay(day)}; the sources name no earlier members` : '';
      return b.basis === 'reported'
        ? { text: `Member of the Executive Board, as of ${asOf}${later}`, sources: b.sources }
        : withInferred({ text: `A seat on the Executive Board, as of ${asOf}${later}, by its rule`, sources: b.sources }, b.inferred);
    });
  const all = [joined, offices, secretariat, board].flat();
  return {
    member: info.member,
    status: model.at(day).statuses.get(iso3) ?? 'not-yet',
    wave: info.wave,
    joined,
    disagreement: info.disagreement,
    offices,
    secretariat,
    board,
    sources: [...new Set(all.flatMap((l) => l.sources))],
  };
}
