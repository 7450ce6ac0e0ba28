/**
 * The sentences that say what the network was on a day: who chaired the Secretariat, what the
 * Executive Board was, what happened last. The page and the downloaded figures both print these,
 * so the same state reads the same in both (a test compares them).
 */
import { formatPartialDate, placeOf, type Day } from '../dates/partial-date';
import type { NetworkModel, Snapshot } from './network';
import { BOARD_STATUS_WORDS } from './words';

/** "a, b and c", or with semicolons "a; b; or c" (for names that hold commas or colons). */
export function listWords(names: readonly string[], semicolons = false): string {
  if (names.length < 2) return names.join('');
  const head = names.slice(0, -1).join(semicolons ? '; ' : ', ');
  return semicolons ? `${head}; or ${names.at(-1)}` : `${head} and ${names.at(-1)}`;
}

/** Who chaired the Secretariat: "Serbia (the sources agree)." or the open alternatives. */
export function chairSentence(model: NetworkModel, at: Snapshot): string {
  const holders = at.chair;
  if (holders.length === 0) return `No Secretariat yet: the Permanent Conference created it in ${formatPartialDate(model.data.secretariat.created.date)}.`;
  if (holders.length === 1 && holders[0]!.certainty === 'certain') return `Chair of the Secretariat: ${holders[0]!.holder.label} (the sources agree).`;
  return `Chair of the Secretariat: the sources leave open which held it: ${listWords(
    holders.map((h) => h.holder.label),
    true,
  )}.`;
}

/** The Executive Board on the day: its status and the members the sources give. */
export function boardSentence(model: NetworkModel, at: Snapshot, day: Day): string {
  const board = model.data.board;
  const words = BOARD_STATUS_WORDS[at.board];
  const asOf = board.members[0] ? formatPartialDate(board.members[0].asOf) : null;
  if (at.board === 'not-yet' || !asOf) return `Executive Board: ${words}.`;
  const name = (code: string) => model.countryName(code);
  const reported = board.members.filter((m) => m.basis === 'reported').map((m) => name(m.country));
  const derived = board.members.filter((m) => m.basis === 'derived').map((m) => name(m.country));
  const reached = board.members.some((m) => day >= placeOf(m.asOf));
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

