/**
 * What the member map shows, as pure functions of the model and a day: the online meetings and a
 * country's card (the meeting places are `geometry/places.ts`, which the build lays out too); what
 * changes with the day comes from the model's snapshot (`model.at(day)`). Which land is which is settled at build time (`geometry/countries.ts`). No
 * drawing here; `Map.svg.svelte` draws.
 */
import type { Dataset, Disagreement, Meeting, Member } from '../lib/data/schema';
import { formatDay, type Day } from '../lib/dates/partial-date';
import { t } from '../i18n';
import { asOfDay, asOfWords, dataText, inferredWords, milestoneWords, officeName, termOffice, whenText, type MemberStatus, type NetworkModel, type Wave } from '../lib/model';

/** The meetings held online, in time order. */
export function onlineMeetings(model: NetworkModel): Meeting[] {
  return [...model.meetings.values()].filter((i) => i.meeting.place.kind === 'online' && i.day !== null).sort((a, b) => a.day! - b.day!).map((i) => i.meeting);
}

/** A line of a card: what, when (at the source's precision), where, and its sources. */
export interface CardLine {
  readonly text: string;
  readonly sources: readonly string[];
  /** Where the line rests on inference: "inferred: …" in words, shown apart from the fact. */
  readonly inferred?: string;
}

const withInferred = (line: CardLine, inferred: { reason: string; sources: string[] } | undefined): CardLine =>
  inferred ? { ...line, inferred: inferredWords(inferred), sources: [...new Set([...line.sources, ...inferred.sources])] } : line;

/** What a country's card says. */
export interface CountryCard {
  readonly member: Member;
  readonly status: MemberStatus;
  readonly wave: Wave | undefined;
  /** Each reading of when it joined. */
  readonly joined: readonly CardLine[];
  /** Whether its joining is disputed (the model's rule). */
  readonly disputed: boolean;
  readonly disagreement: Disagreement | undefined;
  /** The prosecution offices the sources name for it (often none). */
  readonly offices: readonly CardLine[];
  /** Its part in the Secretariat: one line per milestone of its terms. */
  readonly secretariat: readonly CardLine[];
  /** Its part in the Executive Board. */
  readonly board: readonly CardLine[];
  /** Every source the card cites. */
  readonly sources: readonly string[];
}

/** The card of a member country at a day; null for a code that is not a member. */
export function countryCard(model: NetworkModel, iso3: string, day: Day): CountryCard | null {
  const info = model.members.get(iso3);
  if (!info) return null;
  const { data, meetingIndex: meetings } = model;
  const joined = info.member.joined.map((r) => withInferred({ text: whenText(r, meetings), sources: r.sources }, r.inferred));
  const offices = data.offices.named
    .filter((o) => o.country === iso3)
    .map((o) => ({ text: `${officeName(o)}: ${dataText(o.role)}`, sources: [...new Set([...o.sources, ...(o.also ?? []).flatMap((a) => a.sources)])] }));
  const secretariat = model.terms
    .filter((term) => term.term.country === iso3)
    .flatMap((term) =>
      term.milestones.map((m) =>
        withInferred(
          {
            text: termOffice(term.term)
              ? t('map.card.milestoneOffice', { what: milestoneWords(m.milestone, m.side), office: termOffice(term.term)!, when: whenText(m.milestone, meetings) })
              : t('map.card.milestone', { what: milestoneWords(m.milestone, m.side), when: whenText(m.milestone, meetings) }),
            sources: m.milestone.sources,
          },
          m.milestone.inferred,
        ),
      ),
    );
  // The sources name the Board's members once, for one date: before it, the card says so.
  const board = data.board.members
    .filter((b) => b.country === iso3)
    .map((b) => {
      const asOf = asOfWords(b.asOf, model.latestDate);
      const later = day < asOfDay(b.asOf, model.knowledgeEnds);
      const values = { asOf, day: formatDay(day) };
      return b.basis === 'reported'
        ? { text: later ? t('map.card.boardMemberLater', values) : t('map.card.boardMember', { asOf }), sources: b.sources }
        : withInferred({ text: later ? t('map.card.boardSeatLater', values) : t('map.card.boardSeat', { asOf }), sources: b.sources }, b.inferred);
    });
  const all = [joined, offices, secretariat, board].flat();
  return {
    member: info.member,
    status: model.at(day).statuses.get(iso3) ?? 'not-yet',
    wave: info.wave,
    joined,
    disputed: info.joiningDisputed,
    disagreement: info.disagreement,
    offices,
    secretariat,
    board,
    sources: [...new Set(all.flatMap((l) => l.sources))],
  };
}
