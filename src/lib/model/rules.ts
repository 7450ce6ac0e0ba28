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
 * "uncertain" where only some do (see `termSpan`). An election is not a take-over: from an election to
 * the official handover that follows it, the sources leave open who chaired, so no term is certain
 * there (Bulgaria, elected on 6 December 2021, took over officially in February 2023).
 *
 * The knowledge rule. The sources date nothing after the last day of their latest dated fact
 * (November 2023). From the next day on, what the page shows holds "as of the latest source": a count
 * or a list the sources give undated and in the present tense (`asOf: "latest-source"`) is placed
 * there, and nothing is drawn as certain.
 */
import { isWithin, lastDayOf, placeOf, precisionOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { AsOf, Meeting, SecretariatTerm } from '../data/schema';

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
  return m.when.inferred ? null : placeOf(m.when.start);
}

/** The first day after every dated fact: from it on, the page can only say "as of the latest source". */
export function knowledgeEnds(dates: readonly PartialDateString[]): Day {
  return Math.max(...dates.map(lastDayOf)) + 1;
}

/** The day a count or list holds from: its date, or for one the sources give undated, where knowledge ends. */
export function asOfDay(asOf: AsOf, ends: Day): Day {
  return asOf === 'latest-source' ? ends : placeOf(asOf);
}

/** The first day a meeting counts as held (the held rule); null if no day can be given. */
export function heldFrom(meeting: Meeting, meetings: readonly Meeting[]): Day | null {
  const own = meetingDay(meeting);
  if (own !== null) return own;
  if (meeting.kind !== 'conference' || meeting.number === null) return null;
  const later = meetings
    .filter((m) => m.kind === 'conference' && m.number !== null && m.number > meeting.number! && !m.when.inferred)
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
  if (!meeting.when.inferred || meeting.number === null) return { first, last };
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
export function termSpan(term: SecretariatTerm, meetings: MeetingIndex, handovers: readonly { readonly from: Day; readonly to: Day }[] = []): TermSpan {
  const from = term.from.map((f) => factPeriod(f, meetings));
  const to = term.to.map((t) => factPeriod(t, meetings));
  const after = (p: { first: Day; last: Day; exact: boolean }) => (p.exact ? p.first : p.last + 1);
  // Elected is not yet in the chair: a term that begins with an election is sure only from the handover.
  const elected = term.from.filter((f) => f.kind === 'elected').map((f) => placeFact(f, meetings));
  const handover = handovers.filter((g) => elected.includes(g.from)).map((g) => g.to);
  return {
    earliestStart: Math.min(...from.map((p) => p.first)),
    sureStart: Math.max(...from.map(after), ...handover),
    sureEnd: to.length ? Math.min(...to.map((p) => p.first)) : null,
    latestEnd: to.length ? Math.max(...to.map(after)) : null,
  };
}

/** "as-of-source": after the latest dated fact, the term the latest source leaves running. */
export type Certainty = 'certain' | 'uncertain' | 'as-of-source';

/** Whether a term may be running at a day, and how surely; null when it surely is not. */
export function termCertaintyAt(span: TermSpan, day: Day, ends: Day = Infinity): Certainty | null {
  if (day < span.earliestStart || (span.latestEnd !== null && day >= span.latestEnd)) return null;
  const sure = day >= span.sureStart && (span.sureEnd === null || day < span.sureEnd);
  if (!sure) return 'uncertain';
  return day >= ends ? 'as-of-source' : 'certain';
}
