/**
 * Every phrase the dashboard builds from the data, written once: meeting names and places, the
 * words for a Secretariat milestone, the caption of each kind of event. The page, the presenter,
 * the figures and the CSV all take their words from here (through the model), so a state reads the
 * same wherever it is shown.
 */
import { formatPartialDate } from '../dates/partial-date';
import type { AsOf, Dataset, Inferred, Meeting, Milestone, SecretariatTerm } from '../data/schema';
import type { MeetingIndex } from './rules';

export function countryName(data: Dataset, code: string): string {
  return data.members.find((m) => m.id === code)?.name ?? data.osceStates.states.find((s) => s.id === code)?.name ?? code;
}

/** "Fifth meeting, Bucharest" or, inside a sentence, "fifth meeting, Bucharest". */
export function meetingLabel(m: Meeting, inSentence = false): string {
  const where = m.place.kind === 'city' ? `, ${m.place.city}` : m.place.kind === 'online' ? ' (online)' : '';
  if (!inSentence) return m.kind === 'board' ? m.title : `${m.title}${where}`;
  if (m.kind === 'conference') return `${lowerFirst(m.title)}${where}`;
  if (m.kind === 'board') return `Executive Board meeting${m.place.kind === 'city' ? ` in ${m.place.city}` : ''}`;
  return `signing of the Declaration of Intent${where}`;
}

/** "Rome", "online" or "place not given": the short place under a marker. */
export function shortPlace(place: Meeting['place']): string {
  return place.kind === 'city' ? place.city : place.kind === 'online' ? 'online' : 'place not given';
}

/** "Belgrade, Serbia (original host: Montenegro)", "Online", "No source gives the place". */
export function placeText(data: Dataset, meeting: Pick<Meeting, 'place' | 'originalHost'>): string {
  const p = meeting.place;
  const where = p.kind === 'city' ? `${p.city}, ${countryName(data, p.country)}` : p.kind === 'online' ? 'Online' : 'No source gives the place';
  return meeting.originalHost ? `${where} (original host: ${countryName(data, meeting.originalHost.country)})` : where;
}

/** "at the fifth meeting, Bucharest" for a fact that names its meeting, or "". */
export function meetingPhrase(event: string | undefined, meetings: MeetingIndex): string {
  const m = event ? meetings.get(event) : undefined;
  return m ? `at the ${meetingLabel(m, true)}` : '';
}

/** ", at the fifth meeting, Bucharest" for a fact that names its meeting, or "". */
export function atMeeting(event: string | undefined, meetings: MeetingIndex): string {
  const phrase = meetingPhrase(event, meetings);
  return phrase ? `, ${phrase}` : '';
}

/** "June 2019, at the fifth meeting, Bucharest": a dated fact in words at the source's precision. */
export function whenText(fact: { readonly date: string; readonly event?: string }, meetings: MeetingIndex): string {
  return `${formatPartialDate(fact.date)}${atMeeting(fact.event, meetings)}`;
}

/** Which end of a term a milestone marks. */
export type TermSide = 'from' | 'to';

/**
 * The words for a milestone, by the end of the term it marks: an official handover begins the new
 * chair's term and ends the old one's, and is worded for each.
 */
const MILESTONE_WORDS: Record<TermSide, Record<Milestone['kind'], string>> = {
  from: {
    granted: 'Granted the chair',
    elected: 'Elected to the chair',
    'took-over': 'Took over the chair',
    handover: 'Took over the chair officially',
    'term-end': 'Term to end',
    closure: 'Office closed',
  },
  to: {
    granted: 'Granted the chair',
    elected: 'Elected to the chair',
    'took-over': 'Took over the chair',
    handover: 'Handed over the chair officially',
    'term-end': 'Term to end',
    closure: 'Office closed',
  },
};

export function milestoneWords(m: Milestone, side: TermSide): string {
  return MILESTONE_WORDS[side][m.kind];
}

/** "Elected to the chair, 6 December 2021, at the seventh meeting (online)". */
export function milestoneLabel(m: Milestone, side: TermSide, meetings: MeetingIndex): string {
  return `${milestoneWords(m, side)}, ${whenText(m, meetings)}`;
}

/** "Serbia", "Bulgaria: Sofia Appellate Prosecution Office". */
export function termLabel(data: Dataset, term: SecretariatTerm): string {
  const country = countryName(data, term.country);
  return term.office ? `${country}: ${term.office}` : country;
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The Board's status at a day, in words: the page and the figures say the same. */
export const BOARD_STATUS_WORDS = {
  'not-yet': 'not yet established by either source’s account',
  disputed: 'established by one source’s account, not yet by the other’s',
  established: 'established by both sources’ accounts',
} as const;

/** "as of the latest source (it dates nothing after November 2023)": the page past where knowledge ends. */
export function asOfSourceWords(latestDate: string): string {
  return `as of the latest source (it dates nothing after ${formatPartialDate(latestDate)})`;
}

/** When a count or list holds: "November 2023", or "the latest source (undated; it reports up to November 2023)". */
export function asOfWords(asOf: AsOf, latestDate: string): string {
  return asOf === 'latest-source' ? `the latest source (undated, up to ${formatPartialDate(latestDate)})` : formatPartialDate(asOf);
}

/** "inferred: the source says Bulgaria took over …": a fact that rests on inference, in words. */
export function inferredWords(inferred: Inferred): string {
  return `inferred: ${lowerFirst(inferred.reason)}`;
}
