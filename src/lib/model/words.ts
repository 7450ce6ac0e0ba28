/**
 * Every word the dashboard shows for the model's things, written once, in the page's language; the
 * model holds none (it is built once from the data, in English, and serves every language).
 *
 * First the data's own words (names, titles, cities, themes, the data's own sentences): the data keeps
 * them in English, and this is the one place they are put in the page's language, from the catalogue's
 * `data.…` keys (`lib/data/localize.ts`), else as the data writes them. Then every phrase the dashboard
 * builds from the data: meeting names and places, the words for a Secretariat milestone, the caption of
 * each kind of event. The page, the presenter, the figures and the CSV all take their words from here,
 * where they are shown, so a state reads the same wherever it is shown.
 */
import { formatPartialDate, formatPartialRange, genitiveOf } from '../dates/partial-date';
import { currentLanguage, currentMessages, t } from '../../i18n';
import type { AsOf, Dataset, Inferred, Meeting, Milestone, Offices, RelatedEvent, SecretariatTerm, Theme } from '../data/schema';
import { dataKey } from '../data/localize';
import type { MeetingIndex } from './rules';
import type { NetworkModel, TermSide } from './types';
import type { NetworkEvent } from './events';

/** One of the data's own words in the page's language: the catalogue's (at the key of `parts`), else the data's (English). */
function own(english: string, ...parts: string[]): string {
  const message = currentMessages()[dataKey(...parts)];
  return typeof message === 'string' ? message : english;
}

let collator: { locale: string; compare: (a: string, b: string) => number } | null = null;
/** Two names in the page's language's alphabetical order (for `sort`): "Crna Gora" before "Češka" in Serbian. */
export function byName(a: string, b: string): number {
  const { locale } = currentLanguage();
  if (collator?.locale !== locale) collator = { locale, compare: new Intl.Collator(locale).compare };
  return collator.compare(a, b);
}

/** A member's or a participating State's name: "Severna Makedonija", "Sveta Stolica" (as the OSCE writes it). */
export const memberName = (member: { readonly id: string; readonly name: string }): string => own(member.name, 'country', member.id);

/** A country's name by its ISO code (a member's, else a participating State's; the code itself if neither). */
export function countryName(data: Pick<Dataset, 'members' | 'osceStates'>, code: string): string {
  const known = data.members.find((m) => m.id === code) ?? data.osceStates.states.find((s) => s.id === code);
  return known ? memberName(known) : code;
}

/** A meeting's title: "Fifth meeting", "Peti sastanak". */
export const meetingTitle = (meeting: Pick<Meeting, 'id' | 'title'>): string => own(meeting.title, 'meeting', meeting.id, 'title');

/** A related event's title. */
export const relatedTitle = (event: Pick<RelatedEvent, 'id' | 'title'>): string => own(event.title, 'related', event.id, 'title');

/** A city's name: "Bucharest", "Bukurešt". */
export const cityName = (city: string): string => own(city, 'city', city);

/** A theme's label. */
export const themeLabel = (theme: Pick<Theme, 'id' | 'label'>): string => own(theme.label, 'theme', theme.id, 'label');

/** A theme's label by its id (the id itself for an unknown one). */
export function themeName(model: Pick<NetworkModel, 'theme'>, id: string): string {
  const theme = model.theme(id);
  return theme ? themeLabel(theme) : id;
}

/** A theme's description. */
export const themeDescription = (theme: Pick<Theme, 'id' | 'description'>): string => own(theme.description, 'theme', theme.id, 'description');

/** A named prosecution office's name. */
export const officeName = (office: Pick<Offices['named'][number], 'id' | 'name'>): string => own(office.name, 'office', office.id, 'name');

/** The office that holds a Secretariat term, where the data names one. */
export const termOffice = (term: Pick<SecretariatTerm, 'id' | 'office'>): string | undefined => (term.office ? own(term.office, 'term', term.id, 'office') : undefined);

/** One of the data's own sentences (why a fact is inferred, what a source covers, how a disagreement reads). */
export const dataText = (english: string): string => own(english, 'text', english);

/** The map's name for Kosovo (`english`: cartography.json's). */
export const kosovoName = (english: string): string => own(english, 'kosovo', 'name');

/** The map's name for Kosovo, its footnote and the map's disclaimer. */
export function mapNotes(data: Pick<Dataset, 'cartography'>): { kosovo: string; footnote: string; disclaimer: string } {
  const { kosovo, disclaimer } = data.cartography;
  return { kosovo: kosovoName(kosovo.name.text), footnote: own(kosovo.footnote.text, 'kosovo', 'footnote'), disclaimer: own(disclaimer.text, 'disclaimer') };
}

/** "Fifth meeting, Bucharest" or, inside a sentence, "fifth meeting, Bucharest". */
export function meetingLabel(m: Meeting, inSentence = false): string {
  const where = (text: string) => (m.place.kind === 'city' ? t('model.placeCity', { text, city: cityName(m.place.city) }) : m.place.kind === 'online' ? t('model.placeOnline', { text }) : text);
  const title = meetingTitle(m);
  if (!inSentence) return m.kind === 'board' ? title : where(title);
  if (m.kind === 'conference') return where(lowerFirst(title));
  if (m.kind === 'board') return m.place.kind === 'city' ? t('model.boardMeetingIn', { city: cityName(m.place.city) }) : t('model.boardMeeting');
  return where(t('model.signing'));
}

/** "Rome", "online" or "place not given": the short place of a meeting; `under` its marker, where a language may say it shorter. */
export function shortPlace(place: Meeting['place'], under = false): string {
  return place.kind === 'city' ? cityName(place.city) : place.kind === 'online' ? t('model.online') : t(under ? 'model.placeNotGivenUnder' : 'model.placeNotGiven');
}

/** "Belgrade, Serbia (original host: Montenegro)", "Online", "No source gives the place". */
export function placeText(data: Pick<Dataset, 'members' | 'osceStates'>, meeting: Pick<Meeting, 'place' | 'originalHost'>): string {
  const p = meeting.place;
  const where = p.kind === 'city' ? t('model.placeCity', { text: cityName(p.city), city: countryName(data, p.country) }) : p.kind === 'online' ? t('word.online') : t('model.noPlace');
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

/** "Serbia", "Bulgaria: Sofia Appellate Prosecution Office". */
export function termLabel(data: Pick<Dataset, 'members' | 'osceStates'>, term: SecretariatTerm): string {
  const country = countryName(data, term.country);
  const office = termOffice(term);
  return office ? `${country}: ${office}` : country;
}

/** An event's date in words at the source's precision: "June 2019", "12–13 October 2017". */
export function eventDate(e: NetworkEvent): string {
  // Only a meeting has an end, where it lasted more than one day.
  return formatPartialRange(e.date, e.end);
}

type CaptionModel = Pick<NetworkModel, 'data' | 'meetingIndex' | 'members' | 'founders'>;

/**
 * The one caption of an event, every view's: "Greece joins at the fifth meeting, Bucharest". Told
 * beside a day's other events (`alongside`), a joining at a meeting they name is just "Greece joins".
 */
export function eventCaption(e: NetworkEvent, model: CaptionModel, alongside: readonly NetworkEvent[] = []): string {
  const { data, meetingIndex: meetings } = model;
  switch (e.kind) {
    case 'founding':
      return t('model.event.founding', { label: meetingLabel(meetings.get(e.meeting!)!), n: model.founders.length });
    case 'meeting':
    case 'board-meeting':
      return meetingLabel(meetings.get(e.meeting!)!);
    case 'join': {
      const { member, joiningDisputed } = model.members.get(e.member!)!;
      // A meeting's own event has the meeting's id.
      const where = alongside.some((o) => o.id === e.meeting) ? '' : meetingPhrase(member.joined[e.reading!]!.event, meetings);
      const name = memberName(member);
      const caption = where ? t('model.event.joinsAt', { name, meeting: where }) : t('model.event.joins', { name });
      if (!joiningDisputed) return caption;
      const others = member.joined.filter((_, j) => j !== e.reading).map((o) => whenText(o, meetings));
      return caption + t('model.event.disagree', { others: others.join('; ') });
    }
    case 'intention':
      return t('model.event.intention', { name: memberName(model.members.get(e.member!)!.member) });
    case 'secretariat': {
      const term = data.secretariat.terms.find((x) => x.id === e.term)!;
      return t('model.event.secretariat', { who: termOffice(term) ?? countryName(data, term.country), what: lowerFirst(milestoneWords(term.from[e.reading!]!, 'from')) });
    }
    case 'related':
      return relatedTitle(data.relatedEvents.find((x) => x.id === e.id)!);
  }
}

/** A day's events in words, each meeting named once: "Fifth meeting, Bucharest · Greece joins". */
export function eventsCaption(events: readonly NetworkEvent[], model: CaptionModel, separator = ' · '): string {
  return events.map((e) => eventCaption(e, model, events)).join(separator);
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
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
  return t('model.inferred', { reason: lowerFirst(dataText(inferred.reason)) });
}
