/**
 * Every kind of fact beyond sources and meetings, checked by the one rule check (`checkFact`) as the
 * editor types it: each case breaks one rule and finds it named beside its field. The fixture source
 * is test-only (test/fixtures/editor/), saved into a copy of the files, never into data/.
 */
import { describe, expect, it } from 'vitest';
import { PUBLISHED, rulesOn, withFixture } from './fixture';
import { checkFact, HOMES, itemsOf, memberField, RULES, valuesOf } from '../../../src/edit/rules';
import { emptyMember, emptyReading, memberFormOf, memberOf, type MemberForm } from '../../../src/edit/facts';
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
