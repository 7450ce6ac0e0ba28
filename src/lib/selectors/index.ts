/**
 * Pure selectors: the questions every view asks of the dataset at a date. They never mutate their
 * inputs, and every date they take or give is a whole UTC day (see `dates/partial-date.ts`).
 *
 * The placement rule. A fact dated "2019-06" is placed at the first day of its period. When the fact
 * names the meeting at which it happened and that meeting's date is more precise and lies inside the
 * fact's period, the meeting's first day places it instead (Greece, "June 2019", during the fifth
 * meeting of 4-5 June 2019, is placed on 4 June 2019). The text shown stays the source's own.
 *
 * The membership rule. A country counts as a member from the placed day of its earliest joining
 * reading. Where the sources give more than one reading (Hungary) it is "disputed" until the placed
 * day of the latest reading, and a member after that.
 */
import { ascending } from 'd3-array';
import {
  formatPartialDate,
  isWithin,
  lastDayOf,
  placeOf,
  precisionOf,
  type Day,
  type PartialDateString,
} from '../dates/partial-date';
import type { Dataset, Meeting, Member, SecretariatTerm, Theme } from '../data/schema';

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Anything dated that may name the meeting where it happened. */
interface Dated {
  readonly date: PartialDateString;
  readonly event?: string;
}

export type MeetingIndex = ReadonlyMap<string, Meeting>;

export function indexMeetings(meetings: readonly Meeting[]): MeetingIndex {
  return new Map(meetings.map((m) => [m.id, m]));
}

/** The days a dated fact may mean: its own period, or its meeting's first day where that is more precise. */
export function factPeriod(fact: Dated, meetings: MeetingIndex): { first: Day; last: Day; exact: boolean } {
  const meeting = fact.event ? meetings.get(fact.event) : undefined;
  if (meeting) {
    const at = meeting.when.start;
    if (PRECISION_RANK[precisionOf(at)] > PRECISION_RANK[precisionOf(fact.date)] && isWithin(at, fact.date)) {
      return { first: placeOf(at), last: placeOf(at), exact: precisionOf(at) === 'day' };
    }
  }
  return { first: placeOf(fact.date), last: lastDayOf(fact.date), exact: precisionOf(fact.date) === 'day' };
}

/** The day a dated fact is placed on: the first day of `factPeriod`. */
export function placeFact(fact: Dated, meetings: MeetingIndex): Day {
  return factPeriod(fact, meetings).first;
}

export type MemberStatus = 'member' | 'disputed' | 'not-yet';

/** The days of a member's joining readings, earliest first. */
export function joinDays(member: Member, meetings: MeetingIndex): Day[] {
  return member.joined.map((j) => placeFact(j, meetings)).sort(ascending);
}

export function memberStatusAt(member: Member, day: Day, meetings: MeetingIndex): MemberStatus {
  const days = joinDays(member, meetings);
  if (day < days[0]!) return 'not-yet';
  return day < days[days.length - 1]! ? 'disputed' : 'member';
}

export interface MemberAtDay {
  readonly member: Member;
  readonly status: MemberStatus;
}

/** Every country of members.json with its status at a day, in the order of the file. */
export function memberStatusesAt(data: Dataset, day: Day): MemberAtDay[] {
  const meetings = indexMeetings(data.meetings);
  return data.members.map((member) => ({ member, status: memberStatusAt(member, day, meetings) }));
}

/** Members at a day (including disputed ones), in the order of the data file. */
export function membersAt(data: Dataset, day: Day): Member[] {
  return memberStatusesAt(data, day)
    .filter((m) => m.status !== 'not-yet')
    .map((m) => m.member);
}

export interface Counts {
  /** Member countries (disputed ones included). */
  readonly countries: number;
  /** Of those, how many are disputed between sources. */
  readonly disputed: number;
  /** Prosecution offices, where a source gives a count for this day; null where none does. */
  readonly offices: number | null;
  /** Numbered meetings of the Permanent Conference held by this day. */
  readonly meetings: number;
}

export function countsAt(data: Dataset, day: Day): Counts {
  const statuses = memberStatusesAt(data, day).map((m) => m.status);
  const countries = statuses.filter((s) => s !== 'not-yet').length;
  const count = data.offices.count;
  return {
    countries,
    disputed: statuses.filter((s) => s === 'disputed').length,
    offices: day >= placeOf(count.asOf) && countries === count.countries ? count.offices : null,
    meetings: numberedMeetings(data.meetings).filter((m) => heldBy(m, data.meetings, day)).length,
  };
}

/** The numbered meetings of the Permanent Conference, in number order. */
export function numberedMeetings(meetings: readonly Meeting[]): Meeting[] {
  return meetings.filter((m) => m.kind === 'conference' && m.number !== null).sort((a, b) => a.number! - b.number!);
}

/**
 * Whether a numbered meeting had been held by a day: from its placed day, or from the day a
 * later-numbered meeting was held. A meeting whose date is only inferred (the first) counts by the
 * second rule alone, so no counter ever claims a meeting on a day no source supports.
 */
export function heldBy(meeting: Meeting, meetings: readonly Meeting[], day: Day): boolean {
  if (!meeting.when.derived && placeOf(meeting.when.start) <= day) return true;
  return meetings.some(
    (m) => m.kind === 'conference' && m.number !== null && meeting.number !== null && m.number > meeting.number && !m.when.derived && placeOf(m.when.start) <= day,
  );
}

/** Meetings (of every kind) placed within [from, to], in time order. */
export function meetingsInRange(meetings: readonly Meeting[], from: Day, to: Day): Meeting[] {
  return meetings
    .filter((m) => {
      const d = placeOf(m.when.start);
      return d >= from && d <= to;
    })
    .sort((a, b) => placeOf(a.when.start) - placeOf(b.when.start));
}

export type Certainty = 'certain' | 'uncertain';

export interface SecretariatHolding {
  readonly term: SecretariatTerm;
  /** "certain" where every reading agrees the term was running; "uncertain" where only some do. */
  readonly certainty: Certainty;
}

/**
 * The span of a Secretariat term as its readings allow it. A reading dated to a day happens on that
 * day; one dated to a month or a year happens at some point within it. So a term may have begun on
 * the first day of its earliest start reading and surely had begun after the last of them; it may
 * have ended from the first day of its earliest end reading and surely had after the last of them.
 * Ends are exclusive: on a handover day the new holder holds.
 */
export function termSpan(term: SecretariatTerm, meetings: MeetingIndex) {
  const from = term.from.map((f) => factPeriod(f, meetings));
  const to = term.to.map((t) => factPeriod(t, meetings));
  const after = (p: { first: Day; last: Day; exact: boolean }) => (p.exact ? p.first : p.last + 1);
  return {
    /** Earliest day the term may have begun. */
    earliestStart: Math.min(...from.map((p) => p.first)),
    /** Day from which every reading agrees it had begun. */
    sureStart: Math.max(...from.map(after)),
    /** First day on which it may have ended (null: still running). */
    sureEnd: to.length ? Math.min(...to.map((p) => p.first)) : null,
    /** First day on which every reading agrees it had ended (null: still running). */
    latestEnd: to.length ? Math.max(...to.map(after)) : null,
  };
}

/** Who held the Secretariat at a day: every term that may be running, with its certainty. */
export function secretariatAt(data: Dataset, day: Day): SecretariatHolding[] {
  const meetings = indexMeetings(data.meetings);
  const out: SecretariatHolding[] = [];
  for (const term of data.secretariat.terms) {
    const s = termSpan(term, meetings);
    if (day < s.earliestStart || (s.latestEnd !== null && day >= s.latestEnd)) continue;
    const sure = day >= s.sureStart && (s.sureEnd === null || day < s.sureEnd);
    out.push({ term, certainty: sure ? 'certain' : 'uncertain' });
  }
  return out;
}

export interface ThemeCount {
  readonly theme: Theme;
  /** Meetings with at least one topic of this theme. */
  readonly meetings: number;
  /** Topics of this theme, over all meetings. */
  readonly topics: number;
}

/** How often each theme came up across the given meetings, in the order of themes.json. */
export function themeCounts(themes: readonly Theme[], meetings: readonly Meeting[]): ThemeCount[] {
  return themes.map((theme) => {
    const topics = meetings.flatMap((m) => m.topics.filter((t) => t.themes.includes(theme.id)));
    const withTheme = meetings.filter((m) => m.topics.some((t) => t.themes.includes(theme.id)));
    return { theme, meetings: withTheme.length, topics: topics.length };
  });
}

/** Meetings that discussed a theme. */
export function meetingsWithTheme(meetings: readonly Meeting[], themeId: string): Meeting[] {
  return meetings.filter((m) => m.topics.some((t) => t.themes.includes(themeId)));
}

export type EventKind = 'founding' | 'meeting' | 'board-meeting' | 'join' | 'intention' | 'secretariat' | 'related';

/** A dated event on the shared time axis: a tick of the scrubber and a stop of previous/next. */
export interface TimelineEvent {
  readonly id: string;
  readonly day: Day;
  /** The date as the source gives it. */
  readonly date: PartialDateString;
  readonly kind: EventKind;
  /** A short caption, e.g. "Greece joins at the fifth meeting". */
  readonly label: string;
}

const MEETING_KIND: Record<Meeting['kind'], EventKind> = { founding: 'founding', conference: 'meeting', board: 'board-meeting' };

/** Every dated event of the story in time order (for ticks and for stepping). */
export function timelineEvents(data: Dataset): TimelineEvent[] {
  const meetings = indexMeetings(data.meetings);
  const events: TimelineEvent[] = [];
  for (const m of data.meetings) {
    if (m.when.derived) continue;
    events.push({ id: m.id, day: placeOf(m.when.start), date: m.when.start, kind: MEETING_KIND[m.kind], label: meetingLabel(m) });
  }
  for (const member of data.members) {
    if (member.founding) continue;
    member.joined.forEach((j, i) => {
      const at = j.event ? meetings.get(j.event) : undefined;
      events.push({
        id: `join-${member.id}-${i}`,
        day: placeFact(j, meetings),
        date: j.date,
        kind: 'join',
        label: `${member.name} joins${at ? ` at the ${meetingLabel(at, true)}` : ''}${member.joined.length > 1 ? ` (reading ${i + 1} of ${member.joined.length})` : ''}`,
      });
    });
    member.intentions?.forEach((j, i) =>
      events.push({ id: `intention-${member.id}-${i}`, day: placeFact(j, meetings), date: j.date, kind: 'intention', label: `${member.name} announces its intention to join` }),
    );
  }
  for (const term of data.secretariat.terms) {
    const name = term.office ?? countryName(data, term.country);
    term.from.forEach((f, i) =>
      events.push({ id: `secretariat-${term.id}-${i}`, day: placeFact(f, meetings), date: f.date, kind: 'secretariat', label: `Secretariat: ${name} ${MILESTONE_VERB[f.kind]}` }),
    );
  }
  for (const e of data.relatedEvents) events.push({ id: e.id, day: placeOf(e.date), date: e.date, kind: 'related', label: e.title });
  return events.sort((a, b) => a.day - b.day || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

const KIND_ORDER: EventKind[] = ['founding', 'meeting', 'board-meeting', 'join', 'secretariat', 'intention', 'related'];
const MILESTONE_VERB: Record<string, string> = {
  granted: 'is granted the chair',
  elected: 'is elected to the chair',
  'took-over': 'takes over the chair',
  handover: 'takes over the chair officially',
  'term-end': 'ends its term',
  closure: 'closes',
};

export function countryName(data: Dataset, code: string): string {
  return data.members.find((m) => m.id === code)?.name ?? data.osceStates.states.find((s) => s.id === code)?.name ?? code;
}

/** "Fifth meeting, Bucharest" or, inside a sentence, "fifth meeting, Bucharest". */
export function meetingLabel(m: Meeting, inSentence = false): string {
  const where = m.place.kind === 'city' ? `, ${m.place.city}` : m.place.kind === 'online' ? ' (online)' : '';
  if (!inSentence) return m.kind === 'board' ? m.title : `${m.title}${where}`;
  if (m.kind === 'conference') return `${m.title.charAt(0).toLowerCase()}${m.title.slice(1)}${where}`;
  if (m.kind === 'board') return `Executive Board meeting${m.place.kind === 'city' ? ` in ${m.place.city}` : ''}`;
  return `signing of the Declaration of Intent${where}`;
}

/** The distinct days with events, ascending. */
export function eventDays(events: readonly TimelineEvent[]): Day[] {
  return [...new Set(events.map((e) => e.day))].sort(ascending);
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

/** The most recent events on or before a day, all those of the latest event day. */
export function latestEventsAt(events: readonly TimelineEvent[], day: Day): TimelineEvent[] {
  const last = previousEventDay(eventDays(events), day + 1);
  return last === null ? [] : events.filter((e) => e.day === last);
}

/** A partial date's words, re-exported for views that only import selectors. */
export { formatPartialDate };
