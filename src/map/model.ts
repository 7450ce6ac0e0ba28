/**
 * What the member map shows, as pure functions of the dataset, the region's topology and a day:
 * which land is which, the joining waves, the meeting places and online meetings held by a day, the
 * caption of the latest event and a country's card. No drawing here; `Map.svg.svelte` draws.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Dataset, Disagreement, Meeting, Member } from '../lib/data/schema';
import { formatPartialDate, formatPartialRange, placeOf, type Day, type PartialDateString } from '../lib/dates/partial-date';
import { indexMeetings, joinDays, meetingLabel, memberStatusAt, placeFact, type MeetingIndex, type MemberStatus } from '../lib/selectors';

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

/** A joining wave: the members whose earliest joining reading falls in one year. */
export interface Wave {
  readonly index: number;
  readonly year: number;
  /** True for the wave of the founding signatories. */
  readonly founding: boolean;
  /** The first day of the wave (its earliest joining). */
  readonly from: Day;
  readonly members: readonly Member[];
}

/** The joining waves in time order, and each member's wave by ISO code. */
export function joiningWaves(data: Dataset, meetings: MeetingIndex = indexMeetings(data.meetings)): { waves: Wave[]; byMember: Map<string, Wave> } {
  const first = new Map(data.members.map((m) => [m.id, joinDays(m, meetings)[0]!]));
  const yearOf = (day: Day) => new Date(day * 86_400_000).getUTCFullYear();
  const years = [...new Set(data.members.map((m) => yearOf(first.get(m.id)!)))].sort((a, b) => a - b);
  const waves: Wave[] = years.map((year, index) => {
    const members = data.members.filter((m) => yearOf(first.get(m.id)!) === year);
    return { index, year, founding: members.every((m) => m.founding), from: Math.min(...members.map((m) => first.get(m.id)!)), members };
  });
  const byMember = new Map(waves.flatMap((w) => w.members.map((m) => [m.id, w] as const)));
  return { waves, byMember };
}

/** A member's earliest joining reading (by the day it is placed on). */
export function firstReading(member: Member, meetings: MeetingIndex): Member['joined'][number] {
  return member.joined.reduce((a, b) => (placeFact(b, meetings) < placeFact(a, meetings) ? b : a));
}

/** Each member's status at a day, by ISO code. */
export function statusesAt(data: Dataset, day: Day, meetings: MeetingIndex = indexMeetings(data.meetings)): Map<string, MemberStatus> {
  return new Map(data.members.map((m) => [m.id, memberStatusAt(m, day, meetings)]));
}

/** A meeting place with the meetings held there by a day. */
export interface PlaceMarker {
  readonly city: string;
  readonly country: string;
  readonly lon: number;
  readonly lat: number;
  /** Meetings held there by the day, earliest first (empty: not yet a meeting place). */
  readonly meetings: readonly Meeting[];
}

/** The day a meeting is placed on the axis, or null when no source dates it (it is not shown). */
export function meetingDay(m: Meeting): Day | null {
  return m.when.derived ? null : placeOf(m.when.start);
}

function heldBy(day: Day) {
  return (m: Meeting) => {
    const d = meetingDay(m);
    return d !== null && d <= day;
  };
}

/** Every city where a meeting was held, with the meetings held there by `day` (null: all of them). */
export function meetingPlaces(data: Dataset, day: Day | null = null): { places: PlaceMarker[]; missing: string[] } {
  const coordinates = new Map(data.cartography.places.map((p) => [`${p.city}|${p.country}`, p]));
  const byCity = new Map<string, Meeting[]>();
  for (const m of [...data.meetings].sort(byDay)) {
    if (m.place.kind !== 'city' || meetingDay(m) === null) continue;
    const key = `${m.place.city}|${m.place.country}`;
    byCity.set(key, [...(byCity.get(key) ?? []), m]);
  }
  const places: PlaceMarker[] = [];
  const missing: string[] = [];
  for (const [key, meetings] of byCity) {
    const at = coordinates.get(key);
    if (!at) {
      missing.push(key);
      continue;
    }
    places.push({ city: at.city, country: at.country, lon: at.lon, lat: at.lat, meetings: day === null ? meetings : meetings.filter(heldBy(day)) });
  }
  return { places, missing };
}

/** The meetings held online by a day, earliest first. */
export function onlineMeetings(data: Dataset, day: Day | null = null): Meeting[] {
  return data.meetings.filter((m) => m.place.kind === 'online' && (day === null || heldBy(day)(m))).sort(byDay);
}

function byDay(a: Meeting, b: Meeting): number {
  return (meetingDay(a) ?? 0) - (meetingDay(b) ?? 0);
}

/** An event the map shows: a joining, the signing of the Declaration, or a meeting. */
export interface MapEvent {
  readonly day: Day;
  readonly kind: 'join' | 'founding' | 'meeting';
  /** The date at the precision the source gives it, e.g. "June 2019" or "12–13 October 2017". */
  readonly dateText: string;
  readonly text: string;
  /** The member that joins (joins only). */
  readonly member?: string;
  /** Set when the sources disagree on this joining. */
  readonly disagreement?: Disagreement;
}

const KIND_RANK: Record<MapEvent['kind'], number> = { founding: 0, meeting: 1, join: 2 };

/** "fifth meeting, Bucharest" for a reading's meeting, or "" when it names none. */
function atMeeting(event: string | undefined, meetings: MeetingIndex): string {
  const m = event ? meetings.get(event) : undefined;
  return m ? meetingLabel(m, true) : '';
}

/** Every event the map shows, in time order; on a day with several, a joining comes last (it is the caption). */
export function mapEvents(data: Dataset): MapEvent[] {
  const meetings = indexMeetings(data.meetings);
  const disagreements = new Map(data.disagreements.map((d) => [d.id, d]));
  const events: MapEvent[] = [];
  for (const m of data.meetings) {
    const day = meetingDay(m);
    if (day === null) continue;
    const dateText = formatPartialRange(m.when.start, m.when.end);
    if (m.kind === 'founding') {
      const founders = data.members.filter((x) => x.founding).length;
      events.push({ day, kind: 'founding', dateText, text: `${meetingLabel(m)}: ${founders} founding signatories` });
    } else events.push({ day, kind: 'meeting', dateText, text: meetingLabel(m) });
  }
  for (const member of data.members) {
    if (member.founding) continue;
    const disagreement = member.disagreement ? disagreements.get(member.disagreement) : undefined;
    member.joined.forEach((reading, i) => {
      const where = atMeeting(reading.event, meetings);
      let text = `${member.name} joins${where ? ` at the ${where}` : ''}`;
      if (member.joined.length > 1) {
        const others = member.joined.filter((_, j) => j !== i).map((o) => `${formatPartialDate(o.date)}${o.event ? `, at the ${atMeeting(o.event, meetings)}` : ''}`);
        text += `, by one source; the sources disagree (another gives ${others.join('; ')})`;
      }
      events.push({ day: placeFact(reading, meetings), kind: 'join', dateText: formatPartialDate(reading.date), text, member: member.id, ...(disagreement ? { disagreement } : {}) });
    });
  }
  return events.sort((a, b) => a.day - b.day || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
}

/** The caption at a day: the latest event on or before it (null before the first). */
export function captionAt(events: readonly MapEvent[], day: Day): MapEvent | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.day <= day) return events[i]!;
  return null;
}

/** A line of a card: what, when (at the source's precision), where, and its sources. */
export interface CardLine {
  readonly text: string;
  readonly sources: readonly string[];
}

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

/** The words for a milestone that begins a term, and for one that ends it. */
const FROM_WORDS: Record<string, string> = {
  granted: 'Chair of the Secretariat granted',
  elected: 'Elected Chair of the Secretariat',
  'took-over': 'Took over the chair of the Secretariat',
  handover: 'Took over the chair of the Secretariat officially',
};
const TO_WORDS: Record<string, string> = {
  'term-end': 'Term as Chair of the Secretariat to end',
  handover: 'Handed over the chair of the Secretariat',
  closure: 'The office closed',
};

/** The card of a member country at a day; null for a code that is not a member. */
export function countryCard(data: Dataset, iso3: string, day: Day): CountryCard | null {
  const member = data.members.find((m) => m.id === iso3);
  if (!member) return null;
  const meetings = indexMeetings(data.meetings);
  const when = (date: PartialDateString, event?: string) => {
    const where = atMeeting(event, meetings);
    return `${formatPartialDate(date)}${where ? `, at the ${where}` : ''}`;
  };
  const joined = member.joined.map((r) => ({ text: when(r.date, r.event), sources: r.sources }));
  const offices = data.offices.named.filter((o) => o.country === iso3).map((o) => ({ text: `${o.name}: ${o.role}`, sources: o.sources }));
  const secretariat = data.secretariat.terms
    .filter((t) => t.country === iso3)
    .flatMap((t) =>
      [...t.from.map((m) => [FROM_WORDS, m] as const), ...t.to.map((m) => [TO_WORDS, m] as const)].map(([words, m]) => ({
        text: `${words[m.kind] ?? m.kind}${t.office ? ` (${t.office})` : ''}: ${when(m.date, m.event)}`,
        sources: m.sources,
      })),
    );
  const board = data.board.members
    .filter((b) => b.country === iso3)
    .map((b) => ({
      text: b.basis === 'reported' ? `Member of the Executive Board, as reported for ${formatPartialDate(b.asOf)}` : `A seat on the Executive Board (${formatPartialDate(b.asOf)}), derived from its rule: ${b.text}`,
      sources: b.sources,
    }));
  const all = [joined, offices, secretariat, board].flat();
  return {
    member,
    status: memberStatusAt(member, day, meetings),
    wave: joiningWaves(data, meetings).byMember.get(iso3),
    joined,
    disagreement: member.disagreement ? data.disagreements.find((d) => d.id === member.disagreement) : undefined,
    offices,
    secretariat,
    board,
    sources: [...new Set(all.flatMap((l) => l.sources))],
  };
}
