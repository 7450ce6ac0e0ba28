/**
 * The sentences that say what the network was on a day: who chaired the Secretariat, what the
 * Executive Board was, what happened last. The page and the downloaded figures both print these,
 * so the same state reads the same in both (a test compares them).
 */
import { formatPartialDate, type Day } from '../dates/partial-date';
import { asOfDay } from './rules';
import type { NetworkModel, Snapshot } from './types';
import type { Certainty } from './rules';
import { boardStatusWords, asOfSourceWords, asOfWords, eventCaption, eventDate } from './words';
import { listAnd, t } from '../../i18n';


/** A piece of a sentence; a holder's name carries its term and how surely it held the chair. */
export interface SentencePart {
  readonly text: string;
  readonly term?: string;
  readonly certainty?: Certainty;
}

/** Who chaired the Secretariat, in parts (the page marks each holder): see `chairSentence`. */
export function chairParts(model: NetworkModel, at: Snapshot): SentencePart[] {
  const holders = at.chair;
  if (holders.length === 0) return [{ text: t('model.chair.none', { date: formatPartialDate(model.data.secretariat.created.date) }) }];
  const name = (h: (typeof holders)[number]): SentencePart => ({ text: h.holder.label, term: h.holder.term.id, certainty: h.certainty });
  if (holders.length === 1 && holders[0]!.certainty === 'certain') return [{ text: t('model.chair.label') }, name(holders[0]!), { text: t('model.chair.agree') }];
  if (holders.length === 1 && holders[0]!.certainty === 'as-of-source') return [{ text: t('model.chair.label') }, name(holders[0]!), { text: `, ${asOfSourceWords(model.latestDate)}.` }];
  const parts: SentencePart[] = [{ text: t('model.chair.open') }];
  holders.forEach((h, i) => {
    if (i > 0) parts.push({ text: i === holders.length - 1 ? t('model.chair.lastOr') : '; ' });
    parts.push(name(h));
  });
  parts.push({ text: '.' });
  return parts;
}

/** Who chaired the Secretariat: "Chair of the Secretariat: Serbia (the sources agree)." or the open alternatives. */
export function chairSentence(model: NetworkModel, at: Snapshot): string {
  return chairParts(model, at)
    .map((p) => p.text)
    .join('');
}

/** The Executive Board on the day: its status and the members the sources give. */
export function boardSentence(model: NetworkModel, at: Snapshot, day: Day): string {
  const board = model.data.board;
  const words = boardStatusWords(at.board);
  const asOf = board.members[0] ? asOfWords(board.members[0].asOf, model.latestDate) : null;
  if (at.board === 'not-yet' || !asOf) return t('model.board.sentence', { status: words });
  const name = (code: string) => model.countryName(code);
  const reported = board.members.filter((m) => m.basis === 'reported').map((m) => name(m.country));
  const derived = board.members.filter((m) => m.basis === 'derived').map((m) => name(m.country));
  const reached = board.members.some((m) => day >= asOfDay(m.asOf, model.knowledgeEnds));
  return t('model.board.members', {
    status: words,
    asOf,
    earlier: reached ? '' : t('model.board.noEarlier'),
    members: listAnd(reported),
    derived: derived.length ? t('model.board.derived', { names: listAnd(derived) }) : '',
  });
}

/** "Latest: June 2019, Greece joins at the fifth meeting, Bucharest." or "". */
export function latestSentence(model: NetworkModel, at: Snapshot): string {
  return at.latest.length ? t('model.latest', { date: eventDate(at.latest[0]!), events: at.latest.map((e) => eventCaption(e, model)).join('; ') }) : '';
}

/** "11 member countries: Albania, …" */
export function membersSentence(at: Snapshot): string {
  const n = at.counts.countries;
  const names = at.members.map((m) => m.name).join(', ');
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
