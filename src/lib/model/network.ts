/**
 * One model of the network, built once from the validated data (`buildModel`). It holds day numbers
 * instead of date strings, the ordered events, each member's, meeting's, term's
 * and the Board's spans, and a snapshot of the network for every day on which anything changes. The
 * question every view asks ("what was the network on this day?") is a lookup: `model.at(day)`
 * bisects the change days and returns the snapshot, the same object for every day until the next
 * change, so a view following the playing clock redraws only when something happened. It holds
 * facts (ids, days, kinds, sources), and the data's own words as the data writes them (in English):
 * no `t()` and no catalogue here; the words are put on where they are shown (words.ts, captions.ts),
 * so one model serves every language.
 */
import { bisectRight } from 'd3-array';
import { lastDayOf, type Day, type PartialDateString } from '../dates/partial-date';
import type { Dataset, Milestone, SecretariatTerm } from '../data/schema';
import { MAP_KINDS, networkEvents, type NetworkEvent } from './events';
import type { HandoverGap, MemberInfo, MeetingInfo, MemberStatus, NetworkModel, Segment, Snapshot, TermInfo, Wave } from './types';
import { asOfDay, factPeriod, heldFrom, knowledgeEnds, meetingDay, meetingPeriod, placeFact, readingDays, statusFrom, termCertaintyAt, termSpan, type MeetingIndex } from './rules';

const yearOf = (day: Day) => new Date(day * 86_400_000).getUTCFullYear();
const sourcesOf = (list: readonly Milestone[]) => [...new Set(list.flatMap((m) => m.sources))];

function joiningWaves(data: Dataset, firstDay: ReadonlyMap<string, Day>): Wave[] {
  const years = [...new Set(data.members.map((m) => yearOf(firstDay.get(m.id)!)))].sort((a, b) => a - b);
  return years.map((year, index) => {
    const members = data.members.filter((m) => yearOf(firstDay.get(m.id)!) === year);
    return { index, year, founding: members.every((m) => m.founding), from: Math.min(...members.map((m) => firstDay.get(m.id)!)), members };
  });
}

function termInfo(term: SecretariatTerm, meetings: MeetingIndex, gaps: readonly HandoverGap[], ends: Day): TermInfo {
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
  return { term, span, segments, milestones };
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
  const terms = data.secretariat.terms.map((t) => termInfo(t, meetingIndex, gaps, ends));
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
  // Each made when first asked for, then kept: making all of them at start was more than half of
  // building the model (in Node, warm: 3.9 ms with them, 1.6 without), and the first view asks for one.
  let before: Snapshot | undefined;
  const snapshots: (Snapshot | undefined)[] = [];

  return {
    data,
    sourceOrder: data.sources.map((s) => s.id),
    sourcesInOrder(ids) {
      if (!ids) return data.sources;
      const wanted = new Set(ids);
      return data.sources.filter((s) => wanted.has(s.id));
    },
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
      return i < 0 ? (before ??= snapshot(-Infinity)) : (snapshots[i] ??= snapshot(changeDays[i]!));
    },
    disagreement: (id) => (id ? disagreements.get(id) : undefined),
    theme: (id) => themes.get(id),
    relatedEvent: (id) => related.get(id),
  };
}

