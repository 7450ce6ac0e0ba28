/**
 * The Secretariat's chairs as bars over time, computed from `termSpan`: a solid part where every
 * reading agrees the term was running, and hatched parts where only some do, each with the
 * readings that make it uncertain. Pure; nothing here mutates the dataset.
 */
import type { Dataset, Milestone, SecretariatTerm } from '../lib/data/schema';
import { formatPartialDate, type Day } from '../lib/dates/partial-date';
import { countryName, indexMeetings, meetingLabel, placeFact, termSpan, type MeetingIndex } from '../lib/selectors';

export type SegmentKind = 'certain' | 'uncertain-start' | 'uncertain-end';

export interface Segment {
  readonly kind: SegmentKind;
  /** First day of the segment. */
  readonly from: Day;
  /** Day after the segment's last (exclusive); null while the term runs on. */
  readonly to: Day | null;
  /** In words, why it is drawn so. */
  readonly reason: string;
  /** The sources of the readings behind it. */
  readonly sources: readonly string[];
}

export interface MilestoneMark {
  readonly milestone: Milestone;
  /** Where the milestone is placed on the axis. */
  readonly day: Day;
  /** "Elected to the chair, 6 December 2021, at the seventh meeting (online)". */
  readonly label: string;
}

export interface TermBar {
  readonly term: SecretariatTerm;
  /** "Serbia", "Bulgaria: Sofia Appellate Prosecution Office". */
  readonly label: string;
  readonly segments: readonly Segment[];
  readonly milestones: readonly MilestoneMark[];
}

export const KIND_WORDS: Record<Milestone['kind'], string> = {
  granted: 'Granted the chair',
  elected: 'Elected to the chair',
  'took-over': 'Took over the chair',
  handover: 'Took over officially',
  'term-end': 'Term to end',
  closure: 'Office closed',
};

/** "Elected to the chair, 6 December 2021, at the seventh meeting (online)". */
export function milestoneLabel(m: Milestone, meetings: MeetingIndex): string {
  const at = m.event ? meetings.get(m.event) : undefined;
  return `${KIND_WORDS[m.kind]}, ${formatPartialDate(m.date)}${at ? `, at the ${meetingLabel(at, true)}` : ''}`;
}

export function termLabel(data: Dataset, term: SecretariatTerm): string {
  const country = countryName(data, term.country);
  return term.office ? `${country}: ${term.office}` : country;
}

function readings(list: readonly Milestone[], meetings: MeetingIndex): string {
  return list.map((m) => milestoneLabel(m, meetings)).join('; ');
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const sourcesOf = (list: readonly Milestone[]) => [...new Set(list.flatMap((m) => m.sources))];

/** One bar per term, in the order of secretariat.json. */
export function termBars(data: Dataset): TermBar[] {
  const meetings = indexMeetings(data.meetings);
  return data.secretariat.terms.map((term) => {
    const span = termSpan(term, meetings);
    const segments: Segment[] = [];
    if (span.sureStart > span.earliestStart) {
      segments.push({
        kind: 'uncertain-start',
        from: span.earliestStart,
        to: span.sureStart,
        reason: `The start is uncertain: the sources give ${readings(term.from, meetings)}.`,
        sources: sourcesOf(term.from),
      });
    }
    const certainEnd = span.sureEnd;
    if (certainEnd === null || certainEnd > span.sureStart) {
      segments.push({
        kind: 'certain',
        from: span.sureStart,
        to: certainEnd,
        reason: certainEnd === null ? 'Every source agrees it holds the chair; none reports an end.' : 'Every source agrees it held the chair.',
        sources: sourcesOf([...term.from, ...term.to]),
      });
    }
    if (span.sureEnd !== null && span.latestEnd !== null && span.latestEnd > span.sureEnd) {
      segments.push({
        kind: 'uncertain-end',
        from: Math.max(span.sureEnd, span.sureStart),
        to: span.latestEnd,
        reason: `The end is uncertain: the sources give ${readings(term.to, meetings)}.`,
        sources: sourcesOf(term.to),
      });
    }
    const milestones = [...term.from, ...term.to]
      .map((m) => ({ milestone: m, day: placeFact(m, meetings), label: milestoneLabel(m, meetings) }))
      .sort((a, b) => a.day - b.day);
    return { term, label: termLabel(data, term), segments, milestones };
  });
}

export interface HandoverGap {
  /** The day the next chair was elected. */
  readonly from: Day;
  /** The day it took over officially. */
  readonly to: Day;
  readonly elected: Milestone;
  readonly handover: Milestone;
  readonly label: string;
}

/**
 * Between an election to the chair and the official handover that follows it, the sources leave
 * open who chaired: each such gap, in time order.
 */
export function handoverGaps(data: Dataset): HandoverGap[] {
  const meetings = indexMeetings(data.meetings);
  const all = data.secretariat.terms.flatMap((t) => t.from);
  const handovers = all.filter((m) => m.kind === 'handover').map((m) => ({ m, day: placeFact(m, meetings) }));
  const gaps: HandoverGap[] = [];
  for (const elected of all.filter((m) => m.kind === 'elected')) {
    const from = placeFact(elected, meetings);
    const next = handovers.filter((h) => h.day > from).sort((a, b) => a.day - b.day)[0];
    if (!next) continue;
    gaps.push({
      from,
      to: next.day,
      elected,
      handover: next.m,
      label: `${milestoneLabel(elected, meetings)}; ${lowerFirst(milestoneLabel(next.m, meetings))}`,
    });
  }
  return gaps.sort((a, b) => a.from - b.from);
}
