/**
 * The model's types: what `buildModel` (network.ts) answers, facts only (ids, days, kinds, sources).
 * Their words are put on where they are shown (words.ts, captions.ts).
 */
import type { Day, PartialDateString } from '../dates/partial-date';
import type { Dataset, Disagreement, Meeting, Member, Milestone, RelatedEvent, SecretariatTerm, Source, Theme } from '../data/schema';
import type { NetworkEvent } from './events';
import type { Certainty, MeetingIndex, TermSpan } from './rules';

/** Which end of a term a milestone marks. */
export type TermSide = 'from' | 'to';

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
  /** The sources of the readings behind it (its words: `segmentReason`, rotation/words.ts). */
  readonly sources: readonly string[];
}

export interface MilestoneMark {
  readonly milestone: Milestone;
  readonly side: TermSide;
  /** Where the milestone is placed on the axis (its words: `milestoneLabel`, rotation/words.ts). */
  readonly day: Day;
}

export interface TermInfo {
  readonly term: SecretariatTerm;
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
  /**
   * The sources in that order, for every context that lists them (the sources list, a figure's
   * caption, the page without JavaScript): all of them, or those `ids` name (each once; unknown ids left out).
   */
  sourcesInOrder(ids?: Iterable<string>): readonly Source[];
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
  /** A disagreement by id (undefined for none). */
  disagreement(id: string | undefined): Disagreement | undefined;
  /** A theme by id. */
  theme(id: string): Theme | undefined;
  /** A related event by id. */
  relatedEvent(id: string): RelatedEvent | undefined;
}
