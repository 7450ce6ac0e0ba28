/**
 * The Executive Board as data: whether it existed at a day (the sources disagree on when it was
 * set up), who hosted each meeting (its composition rule depends on the hosts), and which members
 * the sources name at a day. Pure; nothing here mutates the dataset.
 */
import type { Board, Dataset, Meeting } from '../lib/data/schema';
import { placeOf, type Day } from '../lib/dates/partial-date';
import { indexMeetings, placeFact } from '../lib/selectors';

export type BoardStatus = 'not-yet' | 'disputed' | 'established';

/** Before its earliest reading the board does not exist; between readings it is disputed. */
export function boardStatusAt(data: Dataset, day: Day): BoardStatus {
  const meetings = indexMeetings(data.meetings);
  const days = data.board.established.map((r) => placeFact(r, meetings)).sort((a, b) => a - b);
  if (day < days[0]!) return 'not-yet';
  return day < days[days.length - 1]! ? 'disputed' : 'established';
}

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
 * time order, with its host and whether it had been held by `day`. A meeting whose date no source
 * gives counts as held once a later meeting was.
 */
export function hostRows(data: Dataset, day: Day): HostRow[] {
  const list = data.meetings.filter((m) => m.kind !== 'founding').sort((a, b) => placeOf(a.when.start) - placeOf(b.when.start) || (a.number ?? 99) - (b.number ?? 99));
  const heldDays = list.map((m) => (m.when.derived ? null : placeOf(m.when.start)));
  const held = list.map((_, i) => heldDays.slice(i).some((d) => d !== null && d <= day));
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

/** The members the sources report or derive, each with whether the day has reached its date. */
export function boardMembersAt(board: Board, day: Day): BoardMemberAt[] {
  return board.members.map((member) => ({ member, asOfReached: day >= placeOf(member.asOf) }));
}
