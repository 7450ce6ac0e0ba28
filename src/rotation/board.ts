/**
 * The Executive Board as the panel shows it: who hosted each meeting (its composition rule depends
 * on the hosts) and which members the sources name at a day. Whether the Board existed at a day is
 * the model's (`model.at(day).board`). Pure; nothing here mutates the data.
 */
import type { Board, Meeting } from '../lib/data/schema';
import type { Day } from '../lib/dates/partial-date';
import { asOfDay, type NetworkModel, type Snapshot } from '../lib/model';

export interface HostRow {
  readonly meeting: Meeting;
  /** ISO code of the host country, or null (online, or not given). */
  readonly host: string | null;
  /** ISO code of the country that was to host it first, where it changed. */
  readonly originalHost: string | null;
  /** Whether the meeting had been held by the day asked about. */
  readonly held: boolean;
  /** Whether it is the latest meeting held by that day. */
  readonly latest: boolean;
}

/**
 * Every meeting of the Permanent Conference and of the Board (not the founding signature), in
 * time order, with its host and whether it had been held by the snapshot's day.
 */
export function hostRows(model: NetworkModel, at: Snapshot): HostRow[] {
  const list = [...model.meetings.values()]
    .filter((i) => i.meeting.kind !== 'founding')
    .sort((a, b) => a.period.first - b.period.first || (a.meeting.number ?? 99) - (b.meeting.number ?? 99))
    .map((i) => i.meeting);
  const held = list.map((m) => at.held.has(m.id));
  const latest = held.lastIndexOf(true);
  return list.map((meeting, i) => ({
    meeting,
    host: meeting.place.kind === 'city' ? meeting.place.country : null,
    originalHost: meeting.originalHost?.country ?? null,
    held: held[i]!,
    latest: i === latest,
  }));
}

export interface BoardMemberAt {
  readonly member: Board['members'][number];
  /** Whether the source's statement ("currently …") dates from on or before the day. */
  readonly asOfReached: boolean;
}

/** The members the sources report or derive, each with whether the day has reached its date (`ends`: where knowledge ends). */
export function boardMembersAt(board: Board, day: Day, ends: Day): BoardMemberAt[] {
  return board.members.map((member) => ({ member, asOfReached: day >= asOfDay(member.asOf, ends) }));
}
