/**
 * The story as one ordered list of events, each with the one caption every view shows for it: the
 * scrubber's ticks, the counters' latest event, the map's caption, the presenter's steps and the
 * figures' captions all read these.
 */
import { formatPartialDate, formatPartialRange, placeOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { Dataset, Disagreement, Meeting } from '../data/schema';
import { meetingDay, placeFact, type MeetingIndex } from './rules';
import { atMeeting, countryName, lowerFirst, meetingLabel, meetingPhrase, milestoneWords } from './words';
import { t } from '../../i18n';

export type EventKind = 'founding' | 'meeting' | 'board-meeting' | 'join' | 'intention' | 'secretariat' | 'related';

/** A dated event on the shared time axis: a tick of the scrubber and a stop of previous/next. */
export interface NetworkEvent {
  readonly id: string;
  readonly day: Day;
  /** The date as the source gives it. */
  readonly date: PartialDateString;
  /** The date in words at the source's precision: "June 2019", "12–13 October 2017". */
  readonly dateText: string;
  readonly kind: EventKind;
  /** The one caption of the event: "Greece joins at the fifth meeting, Bucharest". */
  readonly caption: string;
  /** The meeting it is, or at which it happened. */
  readonly meeting?: string;
  /** The member that joins (joins and intentions). */
  readonly member?: string;
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
  const founders = data.members.filter((m) => m.founding).length;
  for (const m of data.meetings) {
    const day = meetingDay(m);
    if (day === null) continue;
    const kind = MEETING_KIND[m.kind];
    const caption = kind === 'founding' ? t('model.event.founding', { label: meetingLabel(m), n: founders }) : meetingLabel(m);
    events.push({ id: m.id, day, date: m.when.start, dateText: formatPartialRange(m.when.start, m.when.end), kind, caption, meeting: m.id });
  }
  for (const member of data.members) {
    if (member.founding) continue;
    const disagreement = member.disagreement ? disagreements.get(member.disagreement) : undefined;
    member.joined.forEach((reading, i) => {
      const where = meetingPhrase(reading.event, meetings);
      let caption = where ? t('model.event.joinsAt', { name: member.name, meeting: where }) : t('model.event.joins', { name: member.name });
      if (member.joined.length > 1) {
        const others = member.joined.filter((_, j) => j !== i).map((o) => `${formatPartialDate(o.date)}${atMeeting(o.event, meetings)}`);
        caption += t('model.event.disagree', { others: others.join('; ') });
      }
      events.push({
        id: `join-${member.id}-${i}`,
        day: placeFact(reading, meetings),
        date: reading.date,
        dateText: formatPartialDate(reading.date),
        kind: 'join',
        caption,
        member: member.id,
        ...(reading.event ? { meeting: reading.event } : {}),
        ...(disagreement ? { disagreement } : {}),
      });
    });
    member.intentions?.forEach((reading, i) =>
      events.push({
        id: `intention-${member.id}-${i}`,
        day: placeFact(reading, meetings),
        date: reading.date,
        dateText: formatPartialDate(reading.date),
        kind: 'intention',
        caption: t('model.event.intention', { name: member.name }),
        member: member.id,
        ...(reading.event ? { meeting: reading.event } : {}),
      }),
    );
  }
  for (const term of data.secretariat.terms) {
    const who = term.office ?? countryName(data, term.country);
    term.from.forEach((f, i) =>
      events.push({
        id: `secretariat-${term.id}-${i}`,
        day: placeFact(f, meetings),
        date: f.date,
        dateText: formatPartialDate(f.date),
        kind: 'secretariat',
        caption: t('model.event.secretariat', { who, what: lowerFirst(milestoneWords(f, 'from')) }),
        ...(f.event ? { meeting: f.event } : {}),
      }),
    );
  }
  for (const e of data.relatedEvents) {
    events.push({ id: e.id, day: placeOf(e.date), date: e.date, dateText: formatPartialDate(e.date), kind: 'related', caption: e.title });
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
