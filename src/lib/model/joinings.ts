/** Who joined the network at a meeting: a question of the timeline's details and its table, apart from the model the first view loads. */
import type { Member } from '../data/schema';
import type { NetworkModel } from './types';

/** A member that joined, or announced it would join, at a meeting (by a reading that names it). */
export interface JoinedHere {
  readonly member: Member;
  readonly reading: Member['joined'][number];
  /** "joined" or "intention" (announced the intention to join). */
  readonly kind: 'joined' | 'intention';
  /** Whether its joining is disputed (the model's rule). */
  readonly disputed: boolean;
}

/** Who joined, or announced joining, at a meeting, member by member in the order of members.json. */
export function joinedAt(model: NetworkModel, meetingId: string): JoinedHere[] {
  return [...model.members.values()].flatMap(({ member, joiningDisputed }) => [
    ...member.joined.filter((r) => r.event === meetingId).map((reading) => ({ member, reading, kind: 'joined' as const, disputed: joiningDisputed })),
    ...(member.intentions ?? []).filter((r) => r.event === meetingId).map((reading) => ({ member, reading, kind: 'intention' as const, disputed: false })),
  ]);
}
