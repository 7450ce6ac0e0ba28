/**
 * The Secretariat's and the Executive Board's words, written once for the rotation view's page, its
 * stage parts and its figure (a test compares them): who chaired, what the Board was, why a part of a
 * term's bar is drawn so. They are made from the model's facts and words.ts's words where they are shown,
 * like every phrase of the dashboard; they live with the one view that shows them, so the first view
 * does not carry them.
 */
import { formatPartialDate, type Day } from '../lib/dates/partial-date';
import { asOfDay, asOfSourceWords, asOfWords, countryName, lowerFirst, termLabel, whenText, milestoneWords, type Certainty, type HandoverGap, type MeetingIndex, type NetworkModel, type Segment, type Snapshot, type TermInfo, type TermSide } from '../lib/model';
import type { Milestone } from '../lib/data/schema';
import { listAnd, t } from '../i18n';

/** "Elected to the chair, 6 December 2021, at the seventh meeting (online)". */
export function milestoneLabel(m: Milestone, side: TermSide, meetings: MeetingIndex): string {
  return `${milestoneWords(m, side)}, ${whenText(m, meetings)}`;
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

/** The Board's status at a day, in words: the page and the figures say the same. */
export function boardStatusWords(status: 'not-yet' | 'disputed' | 'established'): string {
  return status === 'not-yet' ? t('model.board.notYet') : status === 'disputed' ? t('model.board.disputed') : t('model.board.established');
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
  if (holders.length === 0) return [{ text: t('model.chair.none', { date: formatPartialDate(model.data.secretariat.created.date) }) }];
  const name = (h: (typeof holders)[number]): SentencePart => ({ text: termLabel(model.data, h.holder.term), term: h.holder.term.id, certainty: h.certainty });
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
  const name = (code: string) => countryName(model.data, code);
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
