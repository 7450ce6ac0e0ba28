/**
 * The domain rules, each written once. `buildModel` (network.ts) applies them to the validated data
 * a single time; views ask the model, never these rules directly.
 *
 * The placement rule. A fact dated "2019-06" is placed at the first day of its period. When the fact
 * names the meeting at which it happened and that meeting's date is more precise and lies inside the
 * fact's period, the meeting's first day places it instead (Greece, "June 2019", during the fifth
 * meeting of 4-5 June 2019, is placed on 4 June 2019). The text shown stays the source's own.
 *
 * The membership rule. A country counts as a member from the placed day of its earliest joining
 * reading. Where the sources give more than one reading (Hungary) it is "disputed" until the placed
 * day of the latest reading, and a member after that. The Board's establishment follows the same rule.
 *
 * The held rule. A numbered meeting counts as held from its placed day, or from the day a later
 * numbered meeting is held; a meeting whose date is only inferred (the first) counts by the second
 * rule alone, so no counter ever claims a meeting on a day no source supports.
 *
 * The term rule. A Secretariat term is "certain" where all its readings agree it was running and
 * "uncertain" where only some do (see `termSpan`).
 */
import { isWithin, lastDayOf, placeOf, precisionOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { Meeting, SecretariatTerm } from '../data/schema';

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Anything dated that may name the meeting where it happened. */
export interface Dated {
  readonly date: PartialDateString;
  readonly event?: string;
}

export type MeetingIndex = ReadonlyMap<string, Meeting>;

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

/** Something with readings that disagree on when it began: a member's joining, the Board's establishment. */
export type Status = 'not-yet' | 'disputed' | 'certain';

/** The days of a list of readings, earliest first. */
export function readingDays(readings: readonly Dated[], meetings: MeetingIndex): Day[] {
  return readings.map((r) => placeFact(r, meetings)).sort((a, b) => a - b);
}

/** Before the earliest reading: not yet; between the earliest and the latest: disputed; then certain. */
export function statusFrom(days: readonly Day[], day: Day): Status {
  if (!days.length || day < days[0]!) return 'not-yet';
  return day < days[days.length - 1]! ? 'disputed' : 'certain';
}

/** The placed day of a meeting, or null when no source dates it (its date is inferred). */
export function meetingDay(m: Meeting): Day | null {
  return m.when.derived ? null : placeOf(m.when.start);
}

/** The first day a meeting counts as held (the held rule); null if no day can be given. */
export function heldFrom(meeting: Meeting, meetings: readonly Meeting[]): Day | null {
  const own = meetingDay(meeting);
  if (own !== null) return own;
  if (meeting.kind !== 'conference' || meeting.number === null) return null;
  const later = meetings
    .filter((m) => m.kind === 'conference' && m.number !== null && m.number > meeting.number! && !m.when.derived)
    .map((m) => placeOf(m.when.start));
  return later.length ? Math.min(...later) : null;
}

/**
 * The days a meeting's date may mean. A date no source gives (the first meeting, "2016") is also
 * cut short before the next numbered meeting, which it must precede.
 */
export function meetingPeriod(meeting: Meeting, all: readonly Meeting[]): { first: Day; last: Day } {
  const first = placeOf(meeting.when.start);
  const last = lastDayOf(meeting.when.end ?? meeting.when.start);
  if (!meeting.when.derived || meeting.number === null) return { first, last };
  const next = heldFrom(meeting, all);
  return { first, last: next === null ? last : Math.min(last, next - 1) };
}

export interface TermSpan {
  /** Earliest day the term may have begun. */
  readonly earliestStart: Day;
  /** Day from which every reading agrees it had begun. */
  readonly sureStart: Day;
  /** First day on which it may have ended (null: still running). */
  readonly sureEnd: Day | null;
  /** First day on which every reading agrees it had ended (null: still running). */
  readonly latestEnd: Day | null;
}

/**
 * The span of a Secretariat term as its readings allow it. A reading dated to a day happens on that
 * day; one dated to a month or a year happens at some point within it. So a term may have begun on
 * the first day of its earliest start reading and surely had begun after the last of them; it may
 * have ended from the first day of its earliest end reading and surely had after the last of them.
 * Ends are exclusive: on a handover day the new holder holds.
 */
export function termSpan(term: SecretariatTerm, meetings: MeetingIndex): TermSpan {
  const from = term.from.map((f) => factPeriod(f, meetings));
  const to = term.to.map((t) => factPeriod(t, meetings));
  const after = (p: { first: Day; last: Day; exact: boolean }) => (p.exact ? p.first : p.last + 1);
  return {
    earliestStart: Math.min(...from.map((p) => p.first)),
    sureStart: Math.max(...from.map(after)),
    sureEnd: to.length ? Math.min(...to.map((p) => p.first)) : null,
    latestEnd: to.length ? Math.max(...to.map(after)) : null,
  };
}

export type Certainty = 'certain' | 'uncertain';

/** Whether a term may be running at a day, and how surely; null when it surely is not. */
export function termCertaintyAt(span: TermSpan, day: Day): Certainty | null {
  if (day < span.earliestStart || (span.latestEnd !== null && day >= span.latestEnd)) return null;
  return day >= span.sureStart && (span.sureEnd === null || day < span.sureEnd) ? 'certain' : 'uncertain';
}
