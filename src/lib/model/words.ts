/**
 * Every phrase the dashboard builds from the data, written once: meeting names and places, the
 * words for a Secretariat milestone, the caption of each kind of event. The page, the presenter,
 * the figures and the CSV all take their words from here, put on where they are shown (the model
 * holds none), so a state reads the same wherever it is shown and in the page's language.
 */
import { formatPartialDate, formatPartialRange, genitiveOf } from '../dates/partial-date';
import { t } from '../../i18n';
import type { AsOf, Dataset, Inferred, Meeting, Milestone, SecretariatTerm } from '../data/schema';
import type { MeetingIndex } from './rules';
import type { HandoverGap, NetworkModel, Segment, TermInfo, TermSide } from './types';
import type { NetworkEvent } from './events';

export function countryName(data: Dataset, code: string): string {
  return data.members.find((m) => m.id === code)?.name ?? data.osceStates.states.find((s) => s.id === code)?.name ?? code;
}

/** "Fifth meeting, Bucharest" or, inside a sentence, "fifth meeting, Bucharest". */
export function meetingLabel(m: Meeting, inSentence = false): string {
  const where = (text: string) => (m.place.kind === 'city' ? t('model.placeCity', { text, city: m.place.city }) : m.place.kind === 'online' ? t('model.placeOnline', { text }) : text);
  if (!inSentence) return m.kind === 'board' ? m.title : where(m.title);
  if (m.kind === 'conference') return where(lowerFirst(m.title));
  if (m.kind === 'board') return m.place.kind === 'city' ? t('model.boardMeetingIn', { city: m.place.city }) : t('model.boardMeeting');
  return where(t('model.signing'));
}

/** "Rome", "online" or "place not given": the short place under a marker. */
export function shortPlace(place: Meeting['place']): string {
  return place.kind === 'city' ? place.city : place.kind === 'online' ? t('model.online') : t('model.placeNotGiven');
}

/** "Belgrade, Serbia (original host: Montenegro)", "Online", "No source gives the place". */
export function placeText(data: Dataset, meeting: Pick<Meeting, 'place' | 'originalHost'>): string {
  const p = meeting.place;
  const where = p.kind === 'city' ? t('model.placeCity', { text: p.city, city: countryName(data, p.country) }) : p.kind === 'online' ? t('word.online') : t('model.noPlace');
  return meeting.originalHost ? t('model.originalHost', { place: where, country: countryName(data, meeting.originalHost.country) }) : where;
}

/** "at the fifth meeting, Bucharest" for a fact that names its meeting, or "". */
export function meetingPhrase(event: string | undefined, meetings: MeetingIndex): string {
  const m = event ? meetings.get(event) : undefined;
  return m ? t('model.atMeeting', { meeting: meetingLabel(m, true) }) : '';
}

/** ", at the fifth meeting, Bucharest" for a fact that names its meeting, or "". */
export function atMeeting(event: string | undefined, meetings: MeetingIndex): string {
  const m = event ? meetings.get(event) : undefined;
  return m ? t('model.atMeetingAfter', { meeting: meetingLabel(m, true) }) : '';
}

/** "June 2019, at the fifth meeting, Bucharest": a dated fact in words at the source's precision. */
export function whenText(fact: { readonly date: string; readonly event?: string }, meetings: MeetingIndex): string {
  return `${formatPartialDate(fact.date)}${atMeeting(fact.event, meetings)}`;
}

/**
 * The words for a milestone, by the end of the term it marks: an official handover begins the new
 * chair's term and ends the old one's, and is worded for each.
 */
export function milestoneWords(m: Milestone, side: TermSide): string {
  switch (m.kind) {
    case 'granted':
      return t('model.milestone.granted');
    case 'elected':
      return t('model.milestone.elected');
    case 'took-over':
      return t('model.milestone.tookOver');
    case 'handover':
      return side === 'from' ? t('model.milestone.handoverFrom') : t('model.milestone.handoverTo');
    case 'term-end':
      return t('model.milestone.termEnd');
    case 'closure':
      return t('model.milestone.closure');
  }
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

/** An event's date in words at the source's precision: "June 2019", "12–13 October 2017". */
export function eventDate(e: NetworkEvent): string {
  return e.kind === 'founding' || e.kind === 'meeting' || e.kind === 'board-meeting' ? formatPartialRange(e.date, e.end) : formatPartialDate(e.date);
}

/** The one caption of an event, every view's: "Greece joins at the fifth meeting, Bucharest". */
export function eventCaption(e: NetworkEvent, model: Pick<NetworkModel, 'data' | 'meetingIndex' | 'members' | 'founders'>): string {
  const { data, meetingIndex: meetings } = model;
  switch (e.kind) {
    case 'founding':
      return t('model.event.founding', { label: meetingLabel(meetings.get(e.meeting!)!), n: model.founders.length });
    case 'meeting':
    case 'board-meeting':
      return meetingLabel(meetings.get(e.meeting!)!);
    case 'join': {
      const { member, joiningDisputed } = model.members.get(e.member!)!;
      const where = meetingPhrase(member.joined[e.reading!]!.event, meetings);
      const caption = where ? t('model.event.joinsAt', { name: member.name, meeting: where }) : t('model.event.joins', { name: member.name });
      if (!joiningDisputed) return caption;
      const others = member.joined.filter((_, j) => j !== e.reading).map((o) => whenText(o, meetings));
      return caption + t('model.event.disagree', { others: others.join('; ') });
    }
    case 'intention':
      return t('model.event.intention', { name: model.members.get(e.member!)!.member.name });
    case 'secretariat': {
      const term = data.secretariat.terms.find((x) => x.id === e.term)!;
      return t('model.event.secretariat', { who: term.office ?? countryName(data, term.country), what: lowerFirst(milestoneWords(term.from[e.reading!]!, 'from')) });
    }
    case 'related':
      return data.relatedEvents.find((x) => x.id === e.id)!.title;
  }
}

/** "Elected to the chair, 6 December 2021, …; took over the chair officially, February 2023, …": a handover gap in words. */
export function gapLabel(gap: HandoverGap, meetings: MeetingIndex): string {
  return `${milestoneLabel(gap.elected, 'from', meetings)}; ${lowerFirst(milestoneLabel(gap.handover, 'from', meetings))}`;
}

/** Why a part of a term's bar is drawn so, in words, with the readings behind it. */
export function segmentReason(model: Pick<NetworkModel, 'meetingIndex' | 'handoverGaps'>, info: TermInfo, segment: Segment): string {
  const { term, span } = info;
  const meetings = model.meetingIndex;
  const readings = (side: TermSide) => (side === 'from' ? term.from : term.to).map((m) => milestoneLabel(m, side, meetings)).join('; ');
  switch (segment.kind) {
    case 'uncertain-start': {
      const gap = model.handoverGaps.find((g) => term.from.includes(g.elected));
      // Cut short by the term's end: uncertain throughout.
      if (segment.to !== null && segment.to < span.sureStart)
        return t('model.term.uncertainThroughout', { from: readings('from'), to: lowerFirst(readings('to')) }) + (gap ? t('model.term.gapAt', { handover: lowerFirst(milestoneLabel(gap.handover, 'from', meetings)) }) : '');
      return t('model.term.uncertainStart', { from: readings('from') }) + (gap ? t('model.term.gap') : '');
    }
    case 'certain':
      return span.sureEnd === null ? t('model.term.holds') : t('model.term.held');
    case 'as-of-source':
      return t('model.term.asOfSource');
    case 'uncertain-end':
      return t('model.term.uncertainEnd', { to: readings('to') });
  }
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The Board's status at a day, in words: the page and the figures say the same. */
export function boardStatusWords(status: 'not-yet' | 'disputed' | 'established'): string {
  return status === 'not-yet' ? t('model.board.notYet') : status === 'disputed' ? t('model.board.disputed') : t('model.board.established');
}

/** "as of the latest source (it dates nothing after November 2023)": the page past where knowledge ends. */
export function asOfSourceWords(latestDate: string): string {
  return t('model.asOfSource', { date: formatPartialDate(latestDate) });
}

/** When a count or list holds: "November 2023", or "the latest source (undated; it reports up to November 2023)". */
export function asOfWords(asOf: AsOf, latestDate: string): string {
  return asOf === 'latest-source' ? t('model.latestSource', { date: formatPartialDate(latestDate) }) : t('model.asOfDate', { date: genitiveOf(formatPartialDate(asOf)) });
}

/** "inferred: the source says Bulgaria took over …": a fact that rests on inference, in words. */
export function inferredWords(inferred: Inferred): string {
  return t('model.inferred', { reason: lowerFirst(inferred.reason) });
}
