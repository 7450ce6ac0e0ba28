/**
 * The timeline's marks: one per meeting, related event and joining, in its lane, on its days along
 * the time axis, with its badge, caption and title. Pure: nothing here mutates the model.
 */
import type { RelatedEvent } from '../lib/data/schema';
import { lastDayOf, placeOf, type Day } from '../lib/dates/partial-date';
import { meetingTitle, memberName, relatedTitle, shortPlace, type MeetingInfo, type MemberInfo, type NetworkModel } from '../lib/model';
import type { Selection } from '../lib/clock/clock.svelte';
import { t } from '../i18n';
import { LANES, type Lane } from './lanes';

export interface Mark {
  /** Stable key, unique over all marks. */
  readonly id: string;
  readonly lane: Lane;
  readonly kind: 'meeting' | 'board' | 'founding' | 'related' | 'join';
  /** Where the marker sits: the first day its date allows (the middle, for an inferred date). */
  readonly at: Day;
  /** From when it counts as having happened (the model's rule: a meeting no source dates counts as held once a later one is); null: never. */
  readonly happened: Day | null;
  /** The first and last day the date may mean (a month-precise date covers the month). */
  readonly first: Day;
  readonly last: Day;
  /** True when no source gives the date: it is inferred (the first meeting). */
  readonly inferred: boolean;
  /** True when the sources disagree on the date (Hungary's joining). */
  readonly disputed: boolean;
  /** The text inside the marker: "3", "D", "HUN". */
  readonly badge: string;
  /** The caption under (or beside) the marker: "Rome", "online", "Greece". */
  readonly caption: string;
  /** The accessible name: everything the marker says, in words. */
  readonly title: string;
  /** Theme ids of its topics (meetings and related events), for the filter. */
  readonly themes: readonly string[];
  /** What selecting the marker selects on the shared clock; null for a related event. */
  readonly selection: Selection | null;
}

function meetingMark(founders: number, info: MeetingInfo): Mark {
  const m = info.meeting;
  const { first, last } = info.period;
  const themes = [...new Set(m.topics.flatMap((t) => t.themes))];
  const place = shortPlace(m.place);
  const under = shortPlace(m.place, true);
  const title = meetingTitle(m);
  if (m.kind === 'board') {
    return { id: m.id, lane: 'board', kind: 'board', at: first, happened: info.heldFrom, first, last, inferred: false, disputed: false, badge: t('timeline.mark.boardBadge'), caption: under, title, themes, selection: { kind: 'meeting', id: m.id } };
  }
  if (m.kind === 'founding') {
    return {
      id: m.id,
      lane: 'joinings',
      kind: 'founding',
      at: first,
      happened: info.heldFrom,
      first,
      last,
      inferred: false,
      disputed: false,
      badge: String(founders),
      caption: t('timeline.mark.declaration'),
      title: t('timeline.mark.founding', { title, place, n: founders }),
      themes,
      selection: { kind: 'meeting', id: m.id },
    };
  }
  const inferred = m.when.inferred !== undefined;
  return {
    id: m.id,
    lane: 'meetings',
    kind: 'meeting',
    // A date no source gives sits in the middle of the days it may mean, not at a made-up start.
    at: inferred ? Math.round((first + last) / 2) : first,
    happened: info.heldFrom,
    first,
    last,
    inferred,
    disputed: false,
    badge: String(m.number),
    caption: inferred ? t('timeline.mark.noDatePlace') : under,
    title: inferred ? t('timeline.mark.undated', { title, place }) : `${title}, ${place}`,
    themes,
    selection: { kind: 'meeting', id: m.id },
  };
}

function joinMark({ member, joinPeriods: periods, joiningDisputed: disputed }: MemberInfo): Mark {
  const name = memberName(member);
  return {
    id: `join-${member.id}`,
    lane: 'joinings',
    kind: 'join',
    at: periods[0]!.first,
    happened: periods[0]!.first,
    first: periods[0]!.first,
    last: disputed ? periods[periods.length - 1]!.first : periods[0]!.last,
    inferred: false,
    disputed,
    badge: member.id,
    caption: name,
    title: disputed ? t('timeline.joinsDisputed', { name }) : t('timeline.joins', { name }),
    themes: [],
    selection: { kind: 'member', id: member.id },
  };
}

/** A title short enough for a caption: the part before a colon, else an abbreviation in brackets. */
export function shortTitle(title: string, max = 24): string {
  const head = title.split(':')[0]!.trim();
  if (head.length <= max) return head;
  const abbreviation = /\(([^)]{1,12})\)/.exec(title)?.[1];
  return abbreviation ?? `${head.slice(0, max - 1).trimEnd()}…`;
}

function relatedMark(e: RelatedEvent): Mark {
  const first = placeOf(e.date);
  const title = relatedTitle(e);
  return {
    id: e.id,
    lane: 'related',
    kind: 'related',
    at: first,
    happened: first,
    first,
    last: lastDayOf(e.date),
    inferred: false,
    disputed: false,
    badge: '◆',
    caption: shortTitle(title),
    title,
    themes: e.themes,
    selection: null,
  };
}

/** Every mark of the timeline, in lane order, then in time order within a lane. */
export function timelineMarks(model: NetworkModel): Mark[] {
  const { data } = model;
  const marks = [
    ...[...model.meetings.values()].map((info) => meetingMark(model.founders.length, info)),
    ...data.relatedEvents.map(relatedMark),
    ...[...model.members.values()].filter((i) => !i.member.founding).map(joinMark),
  ];
  const laneOrder = LANES.map((l) => l.id);
  return marks.sort((a, b) => laneOrder.indexOf(a.lane) - laneOrder.indexOf(b.lane) || a.at - b.at || (a.badge < b.badge ? -1 : 1));
}

/** Which meeting a mark stands for, by the selection it makes. */
export function isSelected(mark: Mark, selection: Selection | null): boolean {
  return selection !== null && mark.selection !== null && mark.selection.kind === selection.kind && mark.selection.id === selection.id;
}
