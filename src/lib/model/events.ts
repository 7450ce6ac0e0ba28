/**
 * The story as one ordered list of events: the scrubber's ticks, the counters' latest event, the
 * map's caption, the presenter's steps and the figures' captions all read these. An event is facts
 * (its day, kind and what it is about); its words, the one caption every view shows for it, are put
 * on where it is shown (`eventCaption`, `eventDate` in words.ts).
 */
import { placeOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { Dataset, Disagreement, Meeting } from '../data/schema';
import { meetingDay, placeFact, type MeetingIndex } from './rules';

export type EventKind = 'founding' | 'meeting' | 'board-meeting' | 'join' | 'intention' | 'secretariat' | 'related';

/** A dated event on the shared time axis: a tick of the scrubber and a stop of previous/next. */
export interface NetworkEvent {
  readonly id: string;
  readonly day: Day;
  /** The date as the source gives it. */
  readonly date: PartialDateString;
  /** A meeting's last day, where it lasted more than one. */
  readonly end?: PartialDateString;
  readonly kind: EventKind;
  /** The meeting it is, or at which it happened. */
  readonly meeting?: string;
  /** The member that joins (joins and intentions). */
  readonly member?: string;
  /** The Secretariat term it begins (a milestone of `from`). */
  readonly term?: string;
  /** Which reading of the member's joining (or intention), or of the term's start, it is. */
  readonly reading?: number;
  /** Set when the sources disagree on this event. */
  readonly disagreement?: Disagreement;
}

/** On a day with several events they are told in this order (a joining after the meeting it happened at). */
export const KIND_ORDER: readonly EventKind[] = ['founding', 'meeting', 'board-meeting', 'join', 'secretariat', 'intention', 'related'];

/** The kinds of event the member map tells of. */
export const MAP_KINDS: ReadonlySet<EventKind> = new Set(['founding', 'meeting', 'board-meeting', 'join']);

const MEETING_KIND: Record<Meeting['kind'], EventKind> = { founding: 'founding', conference: 'meeting', board: 'board-meeting' };

/** Every dated event of the story in time order. */
export function networkEvents(data: Dataset, meetings: MeetingIndex): NetworkEvent[] {
  const disagreements = new Map(data.disagreements.map((d) => [d.id, d]));
  const events: NetworkEvent[] = [];
  for (const m of data.meetings) {
    const day = meetingDay(m);
    if (day === null) continue;
    events.push({ id: m.id, day, date: m.when.start, ...(m.when.end ? { end: m.when.end } : {}), kind: MEETING_KIND[m.kind], meeting: m.id });
  }
  for (const member of data.members) {
    if (member.founding) continue;
    const disagreement = member.disagreement ? disagreements.get(member.disagreement) : undefined;
    member.joined.forEach((reading, i) => {
      events.push({
        id: `join-${member.id}-${i}`,
        day: placeFact(reading, meetings),
        date: reading.date,
        kind: 'join',
        member: member.id,
        reading: i,
        ...(reading.event ? { meeting: reading.event } : {}),
        ...(disagreement ? { disagreement } : {}),
      });
    });
    member.intentions?.forEach((reading, i) =>
      events.push({
        id: `intention-${member.id}-${i}`,
        day: placeFact(reading, meetings),
        date: reading.date,
        kind: 'intention',
        member: member.id,
        reading: i,
        ...(reading.event ? { meeting: reading.event } : {}),
      }),
    );
  }
  for (const term of data.secretariat.terms) {
    term.from.forEach((f, i) =>
      events.push({
        id: `secretariat-${term.id}-${i}`,
        day: placeFact(f, meetings),
        date: f.date,
        kind: 'secretariat',
        term: term.id,
        reading: i,
        ...(f.event ? { meeting: f.event } : {}),
      }),
    );
  }
  for (const e of data.relatedEvents) {
    events.push({ id: e.id, day: placeOf(e.date), date: e.date, kind: 'related' });
  }
  return events.sort((a, b) => a.day - b.day || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** The first event day after `day`, or null. */
export function nextEventDay(days: readonly Day[], day: Day): Day | null {
  return days.find((d) => d > day) ?? null;
}

/** The last event day before `day`, or null. */
export function previousEventDay(days: readonly Day[], day: Day): Day | null {
  for (let i = days.length - 1; i >= 0; i--) if (days[i]! < day) return days[i]!;
  return null;
}
