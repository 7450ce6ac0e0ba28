/**
 * The sentences that say what the network was on a day: who chaired the Secretariat, what the
 * Executive Board was, what happened last. The page and the downloaded figures both print these,
 * so the same state reads the same in both (a test compares them).
 */
import { formatPartialDate, type Day } from '../dates/partial-date';
import { asOfDay } from './rules';
import type { NetworkModel, Snapshot } from './network';
import type { Certainty } from './rules';
import { BOARD_STATUS_WORDS, asOfSourceWords, asOfWords } from './words';

/** "a, b and c". */
export function listWords(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A piece of a sentence; a holder's name carries its term and how surely it held the chair. */
export interface SentencePart {
  readonly text: string;
  readonly term?: string;
  readonly certainty?: Certainty;
}

/** Who chaired the Secretariat, in parts (the page marks each holder): see `chairSentence`. */
export function chairParts(model: NetworkModel, at: Snapshot): SentencePart[] {
  const holders = at.chair;
  if (holders.length === 0) return [{ text: `No Secretariat yet: the Permanent Conference created it in ${formatPartialDate(model.data.secretariat.created.date)}.` }];
  const name = (h: (typeof holders)[number]): SentencePart => ({ text: h.holder.label, term: h.holder.term.id, certainty: h.certainty });
  if (holders.length === 1 && holders[0]!.certainty === 'certain') return [{ text: 'Chair of the Secretariat: ' }, name(holders[0]!), { text: ' (the sources agree).' }];
  if (holders.length === 1 && holders[0]!.certainty === 'as-of-source') return [{ text: 'Chair of the Secretariat: ' }, name(holders[0]!), { text: `, ${asOfSourceWords(model.latestDate)}.` }];
  const parts: SentencePart[] = [{ text: 'Chair of the Secretariat: the sources leave open which held it: ' }];
  holders.forEach((h, i) => {
    if (i > 0) parts.push({ text: i === holders.length - 1 ? '; or ' : '; ' });
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
  const words = BOARD_STATUS_WORDS[at.board];
  const asOf = board.members[0] ? asOfWords(board.members[0].asOf, model.latestDate) : null;
  if (at.board === 'not-yet' || !asOf) return `Executive Board: ${words}.`;
  const name = (code: string) => model.countryName(code);
  const reported = board.members.filter((m) => m.basis === 'reported').map((m) => name(m.country));
  const derived = board.members.filter((m) => m.basis === 'derived').map((m) => name(m.country));
  const reached = board.members.some((m) => day >= asOfDay(m.asOf, model.knowledgeEnds));
  return `Executive Board: ${words}; its members as of ${asOf}${reached ? '' : ' (the sources name no earlier ones)'}: ${listWords(reported)}${
    derived.length ? `, and ${listWords(derived)} by its rule (not named by a source)` : ''
  }.`;
}

/** "Latest: June 2019, Greece joins at the fifth meeting, Bucharest." or "". */
export function latestSentence(at: Snapshot): string {
  return at.latest.length ? `Latest: ${at.latest[0]!.dateText}, ${at.latest.map((e) => e.caption).join('; ')}.` : '';
}

/** "11 member countries: Albania, …" */
export function membersSentence(at: Snapshot): string {
  const n = at.counts.countries;
  const names = at.members.map((m) => m.name).join(', ');
  return `${n} member ${n === 1 ? 'country' : 'countries'}${names ? `: ${names}` : ''}.`;
}


/** Where the sources' knowledge ends, for the time axis: its day and the sentence that says so. */
export function knowledgeLimit(model: NetworkModel): { day: Day; text: string } {
  return {
    day: model.knowledgeEnds,
    text: `The sources date nothing after ${formatPartialDate(model.latestDate)}: past it, the page shows the network as of the latest source.`,
  };
}
