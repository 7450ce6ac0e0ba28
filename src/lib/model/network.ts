/**
 * One model of the network, built once from the validated data (`buildModel`). It holds day numbers
 * instead of date strings, the ordered events, each member's, meeting's, term's
 * and the Board's spans, and a snapshot of the network for every day on which anything changes. The
 * question every view asks ("what was the network on this day?") is a lookup: `model.at(day)`
 * bisects the change days and returns the snapshot, the same object for every day until the next
 * change, so a view following the playing clock redraws only when something happened. It holds
 * facts (ids, days, kinds, sources), not words of ours: no `t()` here; the words are put on where
 * they are shown (words.ts, captions.ts), so the model does not change with the language.
 */
import { bisectRight } from 'd3-array';
import { lastDayOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { Dataset, Disagreement, Meeting, Member, Milestone, RelatedEvent, SecretariatTerm, Theme } from '../data/schema';
import { MAP_KINDS, networkEvents, type NetworkEvent } from './events';
import { asOfDay, factPeriod, heldFrom, knowledgeEnds, meetingDay, meetingPeriod, placeFact, readingDays, statusFrom, termCertaintyAt, termSpan, type Certainty, type MeetingIndex, type TermSpan } from './rules';
import { countryName, termLabel, type TermSide } from './words';

export type MemberStatus = 'member' | 'disputed' | 'not-yet';
export type BoardStatus = 'not-yet' | 'disputed' | 'established';

export interface MeetingInfo {
  readonly meeting: Meeting;
  /** Its placed day; null where no source dates it. */
  readonly day: Day | null;
  /** The first day it counts as held (the held rule); null if none can be given. */
  readonly heldFrom: Day | null;
  /** The days its date may mean. */
  readonly period: { readonly first: Day; readonly last: Day };
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

export interface MemberInfo {
  readonly member: Member;
  /** The placed days of its joining readings, earliest first. */
  readonly joinDays: readonly Day[];
  /** The days each joining reading may mean, earliest first. */
  readonly joinPeriods: readonly { readonly first: Day; readonly last: Day }[];
  /** The one rule for a disputed joining: the sources give more than one reading of when it joined. */
  readonly joiningDisputed: boolean;
  readonly wave: Wave;
  readonly disagreement: Disagreement | undefined;
}

/** "as-of-source": past the latest dated fact, a term the latest source leaves running (drawn faded, never solid). */
export type SegmentKind = 'certain' | 'uncertain-start' | 'uncertain-end' | 'as-of-source';

/** A part of a term's bar: certain where every reading agrees, uncertain where only some do. */
export interface Segment {
  readonly kind: SegmentKind;
  /** First day of the segment. */
  readonly from: Day;
  /** Day after the segment's last (exclusive); null while the term runs on. */
  readonly to: Day | null;
  /** The sources of the readings behind it (its words: `segmentReason`). */
  readonly sources: readonly string[];
}

export interface MilestoneMark {
  readonly milestone: Milestone;
  readonly side: TermSide;
  /** Where the milestone is placed on the axis (its words: `milestoneLabel`). */
  readonly day: Day;
}

export interface TermInfo {
  readonly term: SecretariatTerm;
  /** Its name from the data, no words of ours: "Serbia", "Bulgaria: Sofia Appellate Prosecution Office". */
  readonly label: string;
  readonly span: TermSpan;
  readonly segments: readonly Segment[];
  /** Its milestones in time order. */
  readonly milestones: readonly MilestoneMark[];
}

/** Between an election to the chair and the official handover that follows it, the sources leave open who chaired. */
export interface HandoverGap {
  readonly from: Day;
  readonly to: Day;
  readonly elected: Milestone;
  readonly handover: Milestone;
}

export interface SecretariatHolding {
  readonly holder: TermInfo;
  /** "certain" where every reading agrees the term was running; "uncertain" where only some do. */
  readonly certainty: Certainty;
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
  /** True past the latest dated fact: every count is as of the latest source. */
  readonly asOfSource: boolean;
}

/** The network on the days from `from` until the next change. */
export interface Snapshot {
  /** The first day this snapshot holds (-Infinity for the days before any change). */
  readonly from: Day;
  /** Each member's status, by ISO code. */
  readonly statuses: ReadonlyMap<string, MemberStatus>;
  /** Members (disputed ones included), in the order of members.json. */
  readonly members: readonly Member[];
  /** Members whose joining the sources date differently and who are a member by one reading only. */
  readonly disputed: readonly Member[];
  readonly counts: Counts;
  /** Ids of every meeting (of any kind) held by the day. */
  readonly held: ReadonlySet<string>;
  /** Who held the Secretariat: every term that may be running, with its certainty. */
  readonly chair: readonly SecretariatHolding[];
  readonly board: BoardStatus;
  /** The events of the latest event day on or before the day, in the order they are told. */
  readonly latest: readonly NetworkEvent[];
  /** The latest event the map tells of (a joining, the signature, a meeting). */
  readonly mapEvent: NetworkEvent | null;
  /** True past the latest dated fact: what the day shows is as of the latest source (see the knowledge rule). */
  readonly asOfSource: boolean;
}

export interface NetworkModel {
  readonly data: Dataset;
  /** The source ids in the order of sources.json: the numbers of the source references. */
  readonly sourceOrder: readonly string[];
  /** Meetings by id, as in the data. */
  readonly meetingIndex: MeetingIndex;
  /** Every meeting with its days and words, by id. */
  readonly meetings: ReadonlyMap<string, MeetingInfo>;
  /** The numbered meetings of the Permanent Conference, in number order. */
  readonly numbered: readonly MeetingInfo[];
  /** Every member with its days and wave, by ISO code, in the order of members.json. */
  readonly members: ReadonlyMap<string, MemberInfo>;
  /** The signatories of the Declaration of Intent. */
  readonly founders: readonly Member[];
  readonly waves: readonly Wave[];
  readonly terms: readonly TermInfo[];
  readonly handoverGaps: readonly HandoverGap[];
  /** The Board's establishment readings, placed, earliest first. */
  readonly boardDays: readonly Day[];
  /** The first day after the latest dated fact: from it on, everything is as of the latest source. */
  readonly knowledgeEnds: Day;
  /** The latest dated fact's date, at its precision ("2023-11"): the words for where knowledge ends. */
  readonly latestDate: PartialDateString;
  /** Every dated event, in time order. */
  readonly events: readonly NetworkEvent[];
  /** The distinct days with events, ascending: the stops of previous and next. */
  readonly eventDays: readonly Day[];
  /** The network on a day. */
  at(day: Day): Snapshot;
  countryName(code: string): string;
  /** A disagreement by id (undefined for none). */
  disagreement(id: string | undefined): Disagreement | undefined;
  /** A theme by id. */
  theme(id: string): Theme | undefined;
  /** A related event by id. */
  relatedEvent(id: string): RelatedEvent | undefined;
}

const yearOf = (day: Day) => new Date(day * 86_400_000).getUTCFullYear();
const sourcesOf = (list: readonly Milestone[]) => [...new Set(list.flatMap((m) => m.sources))];

function joiningWaves(data: Dataset, firstDay: ReadonlyMap<string, Day>): Wave[] {
  const years = [...new Set(data.members.map((m) => yearOf(firstDay.get(m.id)!)))].sort((a, b) => a - b);
  return years.map((year, index) => {
    const members = data.members.filter((m) => yearOf(firstDay.get(m.id)!) === year);
    return { index, year, founding: members.every((m) => m.founding), from: Math.min(...members.map((m) => firstDay.get(m.id)!)), members };
  });
}

function termInfo(data: Dataset, term: SecretariatTerm, meetings: MeetingIndex, gaps: readonly HandoverGap[], ends: Day): TermInfo {
  const span = termSpan(term, meetings, gaps);
  const segments: Segment[] = [];
  const stop = span.latestEnd ?? Infinity;
  if (span.sureStart > span.earliestStart) segments.push({ kind: 'uncertain-start', from: span.earliestStart, to: Math.min(span.sureStart, stop), sources: sourcesOf(term.from) });
  if (span.sureEnd === null || span.sureEnd > span.sureStart) {
    const runsOn = span.sureEnd === null;
    const to = runsOn ? Math.max(span.sureStart, ends) : span.sureEnd;
    if (to !== null && to > span.sureStart) segments.push({ kind: 'certain', from: span.sureStart, to, sources: sourcesOf([...term.from, ...term.to]) });
    if (runsOn) segments.push({ kind: 'as-of-source', from: Math.max(span.sureStart, ends), to: null, sources: sourcesOf(term.from) });
  }
  if (span.sureEnd !== null && span.latestEnd !== null && span.latestEnd > Math.max(span.sureEnd, span.sureStart)) {
    segments.push({ kind: 'uncertain-end', from: Math.max(span.sureEnd, span.sureStart), to: span.latestEnd, sources: sourcesOf(term.to) });
  }
  const milestones = [...term.from.map((m) => [m, 'from'] as const), ...term.to.map((m) => [m, 'to'] as const)]
    .map(([milestone, side]) => ({ milestone, side, day: placeFact(milestone, meetings) }))
    .sort((a, b) => a.day - b.day);
  return { term, label: termLabel(data, term), span, segments, milestones };
}

function handoverGaps(data: Dataset, meetings: MeetingIndex): HandoverGap[] {
  const all = data.secretariat.terms.flatMap((t) => t.from);
  const handovers = all.filter((m) => m.kind === 'handover').map((m) => ({ m, day: placeFact(m, meetings) }));
  const gaps: HandoverGap[] = [];
  for (const elected of all.filter((m) => m.kind === 'elected')) {
    const from = placeFact(elected, meetings);
    const next = handovers.filter((h) => h.day > from).sort((a, b) => a.day - b.day)[0];
    if (!next) continue;
    gaps.push({ from, to: next.day, elected, handover: next.m });
  }
  return gaps.sort((a, b) => a.from - b.from);
}

/** Every date a source gives (the first meeting's inferred year left out), for where knowledge ends. */
function datedFacts(data: Dataset): PartialDateString[] {
  return [
    ...data.meetings.flatMap((m) => (m.when.inferred ? [] : [m.when.start, ...(m.when.end ? [m.when.end] : [])])),
    ...data.members.flatMap((m) => [...m.joined, ...(m.intentions ?? [])].map((r) => r.date)),
    data.secretariat.created.date,
    ...data.secretariat.terms.flatMap((t) => [...t.from, ...t.to].map((m) => m.date)),
    ...data.board.established.map((b) => b.date),
    ...data.relatedEvents.map((e) => e.date),
    ...data.offices.named.flatMap((o) => (o.closed ? [o.closed] : [])),
  ];
}

/** Builds the model. Pure: the dataset is not changed, and the same data gives an equal model. */
export function buildModel(data: Dataset): NetworkModel {
  const meetingIndex: MeetingIndex = new Map(data.meetings.map((m) => [m.id, m]));
  const meetings = new Map<string, MeetingInfo>(
    data.meetings.map((m) => [
      m.id,
      { meeting: m, day: meetingDay(m), heldFrom: heldFrom(m, data.meetings), period: meetingPeriod(m, data.meetings) },
    ]),
  );
  const numbered = [...meetings.values()].filter((i) => i.meeting.kind === 'conference' && i.meeting.number !== null).sort((a, b) => a.meeting.number! - b.meeting.number!);

  const joinDays = new Map(data.members.map((m) => [m.id, readingDays(m.joined, meetingIndex)]));
  const waves = joiningWaves(data, new Map([...joinDays].map(([id, days]) => [id, days[0]!])));
  const disagreements = new Map(data.disagreements.map((d) => [d.id, d]));
  const members = new Map<string, MemberInfo>(
    data.members.map((m) => [
      m.id,
      {
        member: m,
        joinDays: joinDays.get(m.id)!,
        joinPeriods: m.joined.map((j) => factPeriod(j, meetingIndex)).sort((a, b) => a.first - b.first),
        joiningDisputed: m.joined.length > 1,
        wave: waves.find((w) => w.members.includes(m))!,
        disagreement: m.disagreement ? disagreements.get(m.disagreement) : undefined,
      },
    ]),
  );
  const themes = new Map(data.themes.map((t) => [t.id, t]));
  const related = new Map(data.relatedEvents.map((e) => [e.id, e]));
  const dates = datedFacts(data);
  const ends = knowledgeEnds(dates);
  const latestDate = dates.reduce((a, b) => (lastDayOf(b) > lastDayOf(a) ? b : a));
  const gaps = handoverGaps(data, meetingIndex);
  const terms = data.secretariat.terms.map((t) => termInfo(data, t, meetingIndex, gaps, ends));
  const boardDays = readingDays(data.board.established, meetingIndex);
  const events = networkEvents(data, meetingIndex);
  const eventDays = [...new Set(events.map((e) => e.day))].sort((a, b) => a - b);
  const officesFrom = asOfDay(data.offices.count.asOf, ends);

  function snapshot(from: Day): Snapshot {
    const statuses = new Map<string, MemberStatus>();
    for (const info of members.values()) {
      const s = statusFrom(info.joinDays, from);
      statuses.set(info.member.id, s === 'certain' ? 'member' : s);
    }
    const current = data.members.filter((m) => statuses.get(m.id) !== 'not-yet');
    const disputed = data.members.filter((m) => statuses.get(m.id) === 'disputed');
    const held = new Set([...meetings.values()].filter((i) => i.heldFrom !== null && i.heldFrom <= from).map((i) => i.meeting.id));
    const board = statusFrom(boardDays, from);
    const last = bisectRight(eventDays, from) - 1;
    const latest = last < 0 ? [] : events.filter((e) => e.day === eventDays[last]);
    let mapEvent: NetworkEvent | null = null;
    for (const e of events) if (e.day <= from && MAP_KINDS.has(e.kind)) mapEvent = e;
    return {
      from,
      statuses,
      members: current,
      disputed,
      counts: {
        countries: current.length,
        disputed: disputed.length,
        offices: from >= officesFrom && current.length === data.offices.count.countries ? data.offices.count.offices : null,
        meetings: numbered.filter((i) => held.has(i.meeting.id)).length,
        asOfSource: from >= ends,
      },
      held,
      chair: terms.flatMap((term) => {
        const certainty = termCertaintyAt(term.span, from, ends);
        return certainty ? [{ holder: term, certainty }] : [];
      }),
      board: board === 'certain' ? 'established' : board,
      latest,
      mapEvent,
      asOfSource: from >= ends,
    };
  }

  // Every day on which any answer may change; between two of them, nothing does.
  const changes = [
    ...[...joinDays.values()].flat(),
    ...[...meetings.values()].flatMap((i) => (i.heldFrom === null ? [] : [i.heldFrom])),
    ...terms.flatMap((t) => [t.span.earliestStart, t.span.sureStart, t.span.sureEnd, t.span.latestEnd].filter((d): d is Day => d !== null)),
    ...boardDays,
    officesFrom,
    ends,
    ...eventDays,
  ];
  const changeDays = [...new Set(changes)].sort((a, b) => a - b);
  const before = snapshot(-Infinity);
  const snapshots = changeDays.map(snapshot);

  return {
    data,
    sourceOrder: data.sources.map((s) => s.id),
    meetingIndex,
    meetings,
    numbered,
    members,
    founders: data.members.filter((m) => m.founding),
    waves,
    terms,
    handoverGaps: gaps,
    knowledgeEnds: ends,
    latestDate,
    boardDays,
    events,
    eventDays,
    at(day: Day): Snapshot {
      const i = bisectRight(changeDays, day) - 1;
      return i < 0 ? before : snapshots[i]!;
    },
    countryName: (code: string) => countryName(data, code),
    disagreement: (id) => (id ? disagreements.get(id) : undefined),
    theme: (id) => themes.get(id),
    relatedEvent: (id) => related.get(id),
  };
}

