/**
 * Every kind of fact beyond sources and meetings, checked by the one rule check (`checkFact`) as the
 * editor types it: each case breaks one rule and finds it named beside its field. The fixture source
 * is test-only (test/fixtures/editor/), saved into a copy of the files, never into data/.
 */
import { describe, expect, it } from 'vitest';
import { PUBLISHED, rulesOn, withFixture } from './fixture';
import { boardField, boardMemberField, checkFact, disagreementField, eventField, HOMES, itemsOf, memberField, RULES, termField, valuesOf } from '../../../src/edit/rules';
import {
  boardFormOf,
  boardMemberFormOf,
  boardMemberOf,
  boardOf,
  boardMemberOwn,
  emptyBoardMember,
  disagreementFormOf,
  disagreementOf,
  emptyEvent,
  emptyMember,
  emptyReading,
  eventFormOf,
  eventOf,
  memberFormOf,
  memberOf,
  termFormOf,
  termOf,
  type BoardMemberForm,
  type EventForm,
  type MemberForm,
} from '../../../src/edit/facts';
import type { Json } from '../../../src/lib/data/sources-check';
import type { DataFiles } from '../../../src/edit/files';

const values = valuesOf(PUBLISHED);
const count = (home: (typeof HOMES)[keyof typeof HOMES]) => itemsOf(values[home.file], home).length;

describe('a member, checked as it is typed', () => {
  const JOINED = 'Malta signed the Declaration of Intent and joined the Permanent Conference on 9 April 2026.';
  const memberForm = (change: Partial<MemberForm> = {}, reading: Partial<MemberForm['joined'][number]> = {}): MemberForm => ({
    ...emptyMember(),
    country: 'MLT',
    joined: [{ ...emptyReading(), date: '2026-04-09', text: JOINED, sources: ['test-only'], ...reading }],
    ...change,
  });
  const check = (form: MemberForm, files: DataFiles = withFixture(), index = count(HOMES.member)) =>
    checkFact(files, HOMES.member, memberOf(form, values['osce-states.json']), index, memberField);

  it('passes every rule when its joining is quoted from its source and dated as the source dates it', () => {
    expect(check(memberForm())).toEqual([]);
    expect(memberOf(memberForm(), values['osce-states.json'])).toMatchObject({ id: 'MLT', isoNumeric: '470', name: 'Malta', founding: false });
  });

  it('refuses a joining quote changed by one word, with the nearest passage of the source', () => {
    const problems = check(memberForm({}, { text: JOINED.replace('signed', 'initialled') }));
    expect(rulesOn(problems)).toContain(`joined-0-text: ${RULES.quote}`);
    expect(problems.find((p) => p.nearest)!.nearest).toContain('Malta signed the Declaration');
    // The quote is longer than the check shows (80 characters): the last words shared are still named.
    expect(problems.find((p) => p.nearest)!.nearest).toContain('Your words match it as far as “…Malta”, then say “initialled');
  });

  it('takes a date as precise as its source, and refuses a missing source, no country and a country that is a member already', () => {
    const month = check(memberForm({}, { date: '2026-04', text: 'joined the Permanent Conference on 9 April 2026' }));
    expect(month).toEqual([]);
    expect(rulesOn(check(memberForm({}, { sources: [] })))).toContain(`joined-0-sources: ${RULES.source}`);
    expect(rulesOn(check(memberForm({ country: '' })))).toContain(`country: ${RULES.field}`);
    expect(rulesOn(check(memberForm({ country: 'SRB' })))).toContain(`country: ${RULES.unique}`);
    expect(rulesOn(check(memberForm({ joined: [] })))).toEqual([`joined: ${RULES.field}`]);
  });

  it('corrects a published member without changing what the form does not show, and refuses a date finer than its source', () => {
    const members = itemsOf(values['members.json'], HOMES.member);
    members.forEach((m) => expect(memberOf(memberFormOf(m), values['osce-states.json'], m)).toEqual(m));
    const austria = members.findIndex((m) => (m as { id: string }).id === 'AUT');
    const form = memberFormOf(members[austria]!);
    expect(checkFact(PUBLISHED, HOMES.member, memberOf(form, values['osce-states.json'], members[austria]), austria, memberField)).toEqual([]);
    form.joined[0]!.date = '2023-11-20';
    expect(rulesOn(checkFact(PUBLISHED, HOMES.member, memberOf(form, values['osce-states.json'], members[austria]), austria, memberField))).toEqual([`joined-0-date: ${RULES.date}`]);
  });
});

const idsOf = (list: Json[]) => new Set(list.map((x) => (x as { id: string }).id));

describe('a related event, checked as it is typed', () => {
  const events = itemsOf(values['related-events.json'], HOMES.event);
  const eventForm = (change: Partial<EventForm> = {}): EventForm => ({
    ...emptyEvent(),
    title: 'TEST ONLY: a made-up event',
    date: '2026-04-08',
    city: 'Belgrade',
    country: 'SRB',
    sources: ['test-only'],
    summary: 'the imaginary exchange of test records between fixture offices',
    attendance: 'The participants discussed the imaginary exchange',
    themes: ['cooperation'],
    ...change,
  });
  const check = (form: EventForm) => checkFact(withFixture(), HOMES.event, eventOf(form, idsOf(events)), events.length, eventField);

  it("passes every rule when its words are the source's and it is dated as the source dates it", () => {
    expect(check(eventForm())).toEqual([]);
  });

  it('refuses a summary changed by one word (with the nearest passage), no title, no theme and no source', () => {
    const problems = check(eventForm({ summary: 'the imaginary exchange of test files between fixture offices' }));
    expect(rulesOn(problems)).toEqual([`summary: ${RULES.quote}`]);
    expect(problems[0]!.nearest).toContain('test records between fixture offices');
    expect(rulesOn(check(eventForm({ title: '' })))).toContain(`title: ${RULES.field}`);
    expect(rulesOn(check(eventForm({ themes: ['no-such-theme'] })))).toContain(`themes: ${RULES.link}`);
    expect(rulesOn(check(eventForm({ sources: [] })))).toContain(`sources: ${RULES.source}`);
  });

  it('corrects a published event without changing what the form does not show', () => {
    events.forEach((e, i) => {
      expect(eventOf(eventFormOf(e), idsOf(events), e)).toEqual(e);
      expect(checkFact(PUBLISHED, HOMES.event, eventOf(eventFormOf(e), idsOf(events), e), i, eventField)).toEqual([]);
    });
  });
});

describe('a Secretariat term, checked as it is typed', () => {
  const terms = itemsOf(values['secretariat.json'], HOMES.term);
  const check = (term: Json, i: number) => checkFact(PUBLISHED, HOMES.term, term, i, termField);

  it('corrects a published term without changing what the form does not show', () => {
    terms.forEach((t, i) => {
      expect(termOf(termFormOf(t), idsOf(terms), '', t)).toEqual(t);
      expect(check(termOf(termFormOf(t), idsOf(terms), '', t), i)).toEqual([]);
    });
  });

  it("refuses an end's date finer than its source, a start's words changed by one word, a term without a start and an unknown step", () => {
    const form = termFormOf(terms[0]!);
    form.to[0]!.date = '2021-10-01';
    form.from[0]!.text = form.from[0]!.text.replace('initiator', 'founder');
    const problems = check(termOf(form, idsOf(terms), '', terms[0]), 0);
    expect(rulesOn(problems)).toEqual([`from-0-text: ${RULES.quote}`, `to-0-date: ${RULES.date}`]);
    expect(problems[0]!.nearest).toContain('Serbia had been the initiator');
    expect(rulesOn(check(termOf({ ...termFormOf(terms[0]!), from: [] }, idsOf(terms), '', terms[0]), 0))).toEqual([`from: ${RULES.field}`]);
    const step = termFormOf(terms[0]!);
    step.from[0]!.kind = 'crowned';
    expect(rulesOn(check(termOf(step, idsOf(terms), '', terms[0]), 0))).toEqual([`from-0-kind: ${RULES.field}`]);
  });

  it('gives a new term an id of its own and checks its country', () => {
    const term = termOf({ ...termFormOf(terms[0]!), country: 'XXX' }, idsOf(terms), 'Serbia');
    expect((term as { id: string }).id).toBe('serbia-2');
    expect(rulesOn(check(term, terms.length))).toContain(`country: ${RULES.link}`);
  });
});

describe('a disagreement, checked as it is typed', () => {
  const list = itemsOf(values['disagreements.json'], HOMES.disagreement);
  const check = (d: Json, i: number) => checkFact(PUBLISHED, HOMES.disagreement, d, i, disagreementField);

  it('corrects a published disagreement without changing what the form does not show', () => {
    list.forEach((d, i) => {
      expect(disagreementOf(disagreementFormOf(d), idsOf(list), d)).toEqual(d);
      expect(check(disagreementOf(disagreementFormOf(d), idsOf(list), d), i)).toEqual([]);
    });
  });

  it('refuses a reading that repeats no fact of the data, one reading of two that cannot both hold, and no note', () => {
    const form = disagreementFormOf(list[0]!);
    form.readings[0]!.date = '2017';
    expect(rulesOn(check(disagreementOf(form, idsOf(list), list[0]), 0))).toEqual([`readings-0-text: ${RULES.reading}`]);
    expect(rulesOn(check(disagreementOf({ ...disagreementFormOf(list[0]!), readings: disagreementFormOf(list[0]!).readings.slice(0, 1) }, idsOf(list), list[0]), 0))).toEqual([`readings: ${RULES.field}`]);
    expect(rulesOn(check(disagreementOf({ ...disagreementFormOf(list[0]!), note: '' }, idsOf(list), list[0]), 0))).toEqual([`note: ${RULES.field}`]);
  });

  it('adds a new disagreement from two readings of the data, with an id of its own', () => {
    const d = disagreementOf({ ...disagreementFormOf(list[0]!), subject: 'TEST ONLY: when Hungary joined, again' }, idsOf(list));
    expect(d).toMatchObject({ id: 'test-only-when-hungary-joined' });
    expect(check(d, list.length)).toEqual([]);
  });
});

describe('the Executive Board, checked as it is typed', () => {
  const board = values['board.json'];
  const members = itemsOf(board, HOMES.boardMember);
  const NAMED = 'Currently, Malta and Serbia are the members of the Executive Board of the test fixture.';
  const memberForm = (change: Partial<BoardMemberForm> = {}): BoardMemberForm => ({ ...emptyBoardMember(), country: 'MLT', text: NAMED, sources: ['test-only'], ...change });
  const checkMember = (form: BoardMemberForm, files: DataFiles = withFixture()) => checkFact(files, HOMES.boardMember, boardMemberOf(form), members.length, boardMemberField);

  it('corrects the published Board and its members without changing what the forms do not show', () => {
    expect(boardOf(boardFormOf(board), board)).toEqual(board);
    expect(checkFact(PUBLISHED, HOMES.board, boardOf(boardFormOf(board), board), 0, boardField)).toEqual([]);
    members.forEach((m, i) => {
      expect(boardMemberOf(boardMemberFormOf(m))).toEqual(m);
      expect(checkFact(PUBLISHED, HOMES.boardMember, boardMemberOf(boardMemberFormOf(m)), i, boardMemberField)).toEqual([]);
    });
  });

  it("adds a member named in the source's words, and refuses them changed by one word, an unknown country and no source", () => {
    expect(checkMember(memberForm())).toEqual([]);
    const problems = checkMember(memberForm({ text: NAMED.replace('Malta', 'Cyprus') }));
    expect(rulesOn(problems)).toEqual([`text: ${RULES.quote}`]);
    expect(problems[0]!.nearest).toContain('Currently, Malta and Serbia');
    expect(rulesOn(checkMember(memberForm({ country: 'XXX' })))).toContain(`country: ${RULES.link}`);
    expect(rulesOn(checkMember(memberForm({ sources: [] })))).toContain(`sources: ${RULES.source}`);
    expect(rulesOn(checkMember(memberForm({ basis: 'derived', text: '', seat: 'future-host' })))).toEqual([`reason: ${RULES.field}`]);
    expect(rulesOn(boardMemberOwn(memberForm({ text: ' ' })))).toEqual([`text: ${RULES.field}`]);
    expect(boardMemberOwn(memberForm({ basis: 'derived', text: '' }))).toEqual([]);
  });

  it("refuses an establishment's date finer than its source and its words changed, and a rule's words changed", () => {
    const form = boardFormOf(board);
    form.established[1]!.date = '2018-05';
    form.ruleText = form.ruleText.replace('4 members', 'five members');
    const problems = checkFact(PUBLISHED, HOMES.board, boardOf(form, board), 0, boardField);
    expect(rulesOn(problems)).toEqual([`rule-text: ${RULES.quote}`, `established-1-date: ${RULES.date}`]);
    expect(rulesOn(checkFact(PUBLISHED, HOMES.board, boardOf({ ...boardFormOf(board), seats: ['honorary'] }, board), 0, boardField))).toEqual([`rule-seats: ${RULES.field}`]);
    const added = boardFormOf(board);
    added.established.push({ ...emptyReading(), date: '2026-04', text: 'The test Executive Board was established in April 2026.', sources: ['test-only'] });
    expect(checkFact(withFixture(), HOMES.board, boardOf(added, board), 0, boardField)).toEqual([]);
  });
});
