/**
 * The sentences that say what the network was on a day: who were members, what happened last, where
 * the sources' knowledge ends. The page and the downloaded figures both print these, so the same state
 * reads the same in both. (Who chaired the Secretariat and what the Board was: the rotation view's
 * words, src/rotation/words.ts.)
 */
import { formatPartialDate, type Day } from '../dates/partial-date';
import type { NetworkModel, Snapshot } from './types';
import { eventDate, eventsCaption, memberName } from './words';
import { t } from '../../i18n';

/** "Latest: June 2019, Greece joins at the fifth meeting, Bucharest." or "". */
export function latestSentence(model: NetworkModel, at: Snapshot): string {
  return at.latest.length ? t('model.latest', { date: eventDate(at.latest[0]!), events: eventsCaption(at.latest, model, '; ') }) : '';
}

/** "11 member countries: Albania, …" */
export function membersSentence(at: Snapshot): string {
  const n = at.counts.countries;
  const names = at.members.map(memberName).join(', ');
  const count = t('model.memberCountries', { n });
  return names ? t('model.membersList', { count, names }) : `${count}.`;
}

/** Where the sources' knowledge ends, for the time axis: its day and the sentence that says so. */
export function knowledgeLimit(model: NetworkModel): { day: Day; text: string } {
  return {
    day: model.knowledgeEnds,
    text: t('model.knowledgeLimit', { date: formatPartialDate(model.latestDate) }),
  };
}
