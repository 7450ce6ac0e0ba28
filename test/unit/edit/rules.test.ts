/**
 * The editor's rules are the build's and the test's (lib/data/validate, lib/data/sources-check), put
 * beside the form's fields: each case below breaks one rule and finds it named on its field. The
 * fixture source is test-only (test/fixtures/editor/), added to a copy of the files, never to data/.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { PUBLISHED, rulesOn, sourceForm, withFixture } from './fixture';
import { checkCiting, checkDraft, checkMeeting, checkSource, markupIn, RULES, stripMarkup, valuesOf, withNearest } from '../../../src/edit/rules';
import { emptyMeeting, meetingFormOf, meetingOf, newPlace, sourceEntry, sourceEntryOver, sourceFileName, sourceFormOf, type MeetingForm, type SourceForm } from '../../../src/edit/facts';
import { changesOf } from '../../../src/edit/draft.svelte';
import { writeJson } from '../../../src/edit/files';
import type { Json } from '../../../src/lib/data/sources-check';
import { setLanguage } from '../../../src/i18n';
import { LANGUAGES } from '../../../src/i18n/languages';
import { toCyrillic } from '../../../src/i18n/cyrillic';
import en from '../../../src/i18n/en';

const meetingForm = (change: Partial<MeetingForm> = {}): MeetingForm => ({
  ...emptyMeeting(),
  number: '10',
  date: '2026-04-08',
  end: '2026-04-09',
  dateText: 'Tenth meeting, 8-9 April 2026, Belgrade, Serbia',
  city: 'Belgrade',
  country: 'SRB',
  sources: ['test-only'],
  topics: [{ text: 'the imaginary exchange of test records between fixture offices', themes: ['cooperation'] }],
  ...change,
});

const meetingsCount = (valuesOf(PUBLISHED)['meetings.json'] as Json[]).length;
const check = (form: MeetingForm, files = withFixture()) => checkMeeting(files, meetingOf(form), meetingsCount);

describe('a meeting, checked as it is typed', () => {
  it('passes every rule when it quotes its source and dates it as the source does', () => {
    expect(check(meetingForm())).toEqual([]);
  });

  it('refuses a quote changed by one word, with the nearest passage of the source', () => {
    const problems = check(meetingForm({ topics: [{ text: 'the imaginary exchange of test files between fixture offices', themes: ['cooperation'] }] }));
    expect(rulesOn(problems)).toEqual([`topic-0: ${RULES.quote}`]);
    expect(problems[0]!.message).toBe('The words “the imaginary exchange of test files between fixture offices” are not found, word for word, in “TEST ONLY: a made-up source”.');
    expect(problems[0]!.nearest).toBe(
      'The closest passage is paragraph 4 of “TEST ONLY: a made-up source”: “The participants discussed the imaginary exchange of test records between fixture offices.” Your words match it as far as “…exchange of test”, then say “files between fixture offices” where the source says “records between fixture offices.”. Copy the words as the source has them.',
    );
  });

  it('refuses a date finer than its source', () => {
    // The overview gives the second meeting's month only ("In the second meeting, which took place in November 2016").
    const second = { number: '11', sources: ['osce-overview'], dateText: 'In the second meeting, which took place in November 2016', place: 'unknown' as const, topics: [] };
    expect(check(meetingForm({ ...second, date: '2016-11', end: '' }))).toEqual([]);
    const problems = check(meetingForm({ ...second, date: '2016-11-15', end: '' }));
    expect(rulesOn(problems)).toEqual([`date: ${RULES.date}`]);
    expect(problems[0]!.message).toContain('is given to the day');
  });

  it('refuses a number used twice, and a meeting without a source or citing an unknown one', () => {
    expect(rulesOn(check(meetingForm({ number: '9' })))).toContain(`number: ${RULES.number}`);
    expect(rulesOn(check(meetingForm({ sources: [] })))).toContain(`sources: ${RULES.source}`);
    expect(rulesOn(check(meetingForm({ sources: ['no-such-source'] })))).toContain(`sources: ${RULES.source}`);
    // Without the fixture's source saved, its id resolves to nothing.
    expect(rulesOn(check(meetingForm(), PUBLISHED))).toContain(`sources: ${RULES.source}`);
  });

  it('refuses a country the data does not know, a topic without a theme and a date that is no date', () => {
    expect(rulesOn(check(meetingForm({ country: 'XXX' })))).toContain(`country: ${RULES.link}`);
    expect(rulesOn(check(meetingForm({ topics: [{ text: 'the imaginary exchange of test records between fixture offices', themes: [] }] })))).toContain(`themes-0: ${RULES.field}`);
    expect(rulesOn(check(meetingForm({ date: '2026-13-01' })))).toContain(`date: ${RULES.field}`);
  });

  it('asks for the coordinates of a city the map does not know, as cartography.json keeps them', () => {
    const cartography = valuesOf(PUBLISHED)['cartography.json'];
    expect(newPlace(meetingForm(), cartography)).toBeNull();
    const zagreb = meetingForm({ city: 'Zagreb', country: 'HRV' });
    expect(rulesOn(checkMeeting(withFixture(), meetingOf(zagreb), meetingsCount, newPlace(zagreb, cartography)))).toEqual([`lon: ${RULES.field}`, `lat: ${RULES.field}`]);
    const placed = { ...zagreb, lon: '15.98', lat: '45.81' };
    expect(newPlace(placed, cartography)).toEqual({ city: 'Zagreb', country: 'HRV', lon: 15.98, lat: 45.81, basis: 'reference' });
    expect(checkMeeting(withFixture(), meetingOf(placed), meetingsCount, newPlace(placed, cartography))).toEqual([]);
    expect(rulesOn(checkMeeting(withFixture(), meetingOf(placed), meetingsCount, newPlace({ ...placed, lat: '145.81' }, cartography)))).toEqual([`lat: ${RULES.field}`]);
  });

  it("takes its organisers, participants, outcomes and notes in the source's words, and refuses them changed, and a speaker the source does not name", () => {
    const quoted = (text: string) => ({ text, sources: ['test-only'] });
    const words = { organisers: [quoted('the test organisers')], participants: [quoted('The participants discussed the imaginary exchange')], outcomes: [quoted('The meeting closed with thanks to the test organisers.')], notes: [quoted('Tenth meeting, 8-9 April 2026')] };
    expect(check(meetingForm(words))).toEqual([]);
    expect(meetingOf(meetingForm(words))).toMatchObject({ organisers: quoted('the test organisers'), participants: words.participants, outcomes: words.outcomes, notes: words.notes });
    expect(meetingOf(meetingForm())).not.toHaveProperty('organisers');
    expect(rulesOn(check(meetingForm({ ...words, organisers: [quoted('the fixture organisers')], notes: [quoted('Tenth meeting, 8-9 April 2026'), { text: 'Tenth meeting', sources: [] }] })))).toEqual([
      `notes-1-sources: ${RULES.source}`,
      `organisers-0-text: ${RULES.quote}`,
    ]);
    const speaker = { name: 'Nobody Named', role: 'the test organisers', quotes: [], reported: [quoted('The meeting closed with thanks to the test organisers.')] };
    expect(rulesOn(check(meetingForm({ speakers: [speaker] })))).toEqual([`speakers-0-name: ${RULES.quote}`]);
    expect(rulesOn(check(meetingForm({ speakers: [{ ...speaker, reported: [] }] })))).toContain(`speakers-0: ${RULES.field}`);
  });

  it('corrects a published meeting without changing what the form does not show', () => {
    const meetings = valuesOf(PUBLISHED)['meetings.json'] as Json[];
    // The same object, its fields in the same order.
    meetings.forEach((m) => {
      expect(meetingOf(meetingFormOf(m), m)).toEqual(m);
      expect(Object.keys(meetingOf(meetingFormOf(m), m) as object)).toEqual(Object.keys(m as object));
    });
    const sixth = meetings.findIndex((m) => (m as { id: string }).id === 'meeting-6');
    expect(checkMeeting(PUBLISHED, meetingOf(meetingFormOf(meetings[sixth]!), meetings[sixth]), sixth)).toEqual([]);
  });
});

describe('a quote not found, in plain words', () => {
  it('names the source by its title and says where the words part from its closest paragraph', () => {
    const titles = new Map([['osce-overview', 'The PCOCP network (OSCE overview)']]);
    expect(withNearest('"in May 2016" is not in 001_94f81d82d71f973a.txt (osce-overview); nearest: line 3: "In June 2016, …"', titles)).toEqual({
      message: 'The words “in May 2016” are not found, word for word, in “The PCOCP network (OSCE overview)”.',
      nearest: 'The closest passage is paragraph 3 of “The PCOCP network (OSCE overview)”: “In June 2016, …” Your words differ from its very first word: copy them from this paragraph.',
    });
    expect(withNearest('"x" is not in 001_94f81d82d71f973a.txt (osce-overview); nearest: no line of the source shares a word with it', titles).nearest).toBe(
      'No paragraph of “The PCOCP network (OSCE overview)” shares a word with them: is it the right source?',
    );
    // The build's own check's words stay English (marked so), in every language.
    expect(withNearest('"2016" is given to the year')).toEqual({ message: '"2016" is given to the year', english: true });
  });

  it("says it in the page's language, the quote and the source's words as written (sr-Latn, and sr-Cyrl made from it)", async () => {
    const titles = new Map([['osce-overview', 'The PCOCP network (OSCE overview)']]);
    const message = '"in May 2016 ten" is not in 001_94f81d82d71f973a.txt (osce-overview); nearest: line 3: "In May 2016 prosecutors"; the first 12 characters match, then the quote reads "ten" where the source reads "prosecutors"';
    // English again after it, whatever fails: the other tests read the English words.
    onTestFinished(() => setLanguage(LANGUAGES[0]!, en));
    for (const language of LANGUAGES.filter((l) => l.code !== 'en')) {
      setLanguage(language, (await language.load()).default);
      const said = withNearest(message, titles);
      const script = language.code === 'sr-Cyrl' ? toCyrillic : (text: string) => text;
      expect(said.message).toBe(`${script('Reči')} “in May 2016 ten” ${script('ne nalaze se doslovno u izvoru')} “The PCOCP network (OSCE overview)”.`);
      expect(said.nearest).toBe(
        `${script('Najbliži odlomak je pasus 3 izvora')} “The PCOCP network (OSCE overview)”: “In May 2016 prosecutors” ${script('Vaše reči poklapaju se s njim do')} “…in May 2016”, ${script('a zatim glase')} “ten” ${script('tamo gde izvor glasi')} “prosecutors”. ${script('Prepišite reči onako kako stoje u izvoru.')}`,
      );
      expect(RULES.quote).toBe(script('Citat mora doslovno da se nalazi u svakom izvoru na koji se poziva.'));
    }
    setLanguage(LANGUAGES[0]!, en);
    expect(RULES.quote).toBe('A quote must be found word for word in every source it cites.');
  });

  it('names the sources of a date finer than they give it by their titles, and its meeting by its title', () => {
    const titles = new Map([['osce-overview', 'The PCOCP network (OSCE overview)']]);
    const meetings = new Map([['meeting-4', 'Fourth meeting']]);
    const given = '"2018-05" is given to the month, but in osce-overview the quote\'s paragraph gives it only to the year (and meeting-4 does not lie wholly within it); make it no more precise than the source, or mark it "inferred"';
    expect(withNearest(given, titles, meetings).message).toBe(
      '"2018-05" is given to the month, but in “The PCOCP network (OSCE overview)” the quote\'s paragraph gives it only to the year (and “Fourth meeting” does not lie wholly within it); make it no more precise than the source, or mark it "inferred"',
    );
    expect(withNearest('"2016-05" is inferred, but none of the sources it combines (osce-overview, other) gives it to the month', titles).message).toBe(
      '"2016-05" is inferred, but none of the sources it combines (“The PCOCP network (OSCE overview)”, other) gives it to the month',
    );
  });
});

describe('a source, checked as it is typed', () => {
  const list = valuesOf(PUBLISHED)['sources.json'] as Json[];
  const checkOne = (form: SourceForm) => {
    const file = sourceFileName(list.map((s) => (s as { file: string }).file), form.text);
    return rulesOn(checkSource(PUBLISHED, sourceEntry(form, 'test-only', file), form.text, list.length));
  };

  it('passes with its dateline in its text and a note why no publisher is named', () => {
    expect(checkOne(sourceForm())).toEqual([]);
  });

  it('refuses markup, an empty text, a text saved already, and a missing publisher and note', () => {
    expect(checkOne(sourceForm({ text: '<p>Testfixture City, 9 April 2026</p>' }))).toContain(`text: ${RULES.markup}`);
    expect(checkOne(sourceForm({ text: '' }))).toContain(`text: ${RULES.field}`);
    expect(checkOne(sourceForm({ text: PUBLISHED['data/sources/001_94f81d82d71f973a.txt']! }))).toContain(`text: ${RULES.duplicate}`);
    expect(checkOne(sourceForm({ publisherNote: '' }))).toEqual([`publisher: ${RULES.publisher}`]);
  });

  it('refuses a dateline not in the text, and a date finer than its dateline unless inferred with a reason', () => {
    expect(checkOne(sourceForm({ issuedQuote: 'Testfixture City, 10 April 2026' }))).toContain(`issuedQuote: ${RULES.quote}`);
    expect(checkOne(sourceForm({ issuedQuote: 'April 2026, Belgrade' }))).toContain(`issued: ${RULES.date}`);
    expect(checkOne(sourceForm({ issuedQuote: '', inferred: true, inferredReason: '' }))).toContain(`issued: ${RULES.field}`);
    expect(checkOne(sourceForm({ issuedQuote: '', inferred: true, inferredReason: 'The day of the meeting it reports.' }))).toEqual([]);
  });

  it('corrects a published source without changing what the form does not show', () => {
    list.forEach((s, i) => {
      const text = PUBLISHED[`data/sources/${(s as { file: string }).file}`]!;
      const form = sourceFormOf(s, text);
      expect(sourceEntryOver(form, s)).toEqual(s);
      expect(checkSource(PUBLISHED, sourceEntryOver(form, s), text, i)).toEqual([]);
      expect(checkCiting(PUBLISHED, (s as { file: string }).file, text)).toEqual([]);
    });
    const overview = list.findIndex((s) => (s as { id: string }).id === 'osce-overview');
    const changed = sourceEntryOver({ ...sourceFormOf(list[overview]!, ''), title: 'The network, by the OSCE' }, list[overview]!);
    expect(changed).toEqual({ ...(list[overview] as object), title: 'The network, by the OSCE' });
  });

  it("refuses a corrected text that loses a fact's words or date, naming the fact by its title", () => {
    const path = 'data/sources/001_94f81d82d71f973a.txt';
    const text = PUBLISHED[path]!;
    const problems = checkCiting(PUBLISHED, '001_94f81d82d71f973a.txt', text.replace('During the fourth meeting held in Skopje in 2018', 'During the fourth meeting held in Skopje'));
    expect(rulesOn(problems)).toEqual([`text: ${RULES.cited}`]);
    expect(problems[0]!.message).toContain('3 quotes or dates that cite it no longer hold');
    expect(problems[0]!.message).toContain('“Fourth meeting” (meetings.json): The words “During the fourth meeting held in Skopje in 2018');
    expect(problems[0]!.message).toContain('the Executive Board (board.json)');
    // A text that only adds a line breaks nothing.
    expect(checkCiting(PUBLISHED, '001_94f81d82d71f973a.txt', `${text}\nA line added.`)).toEqual([]);
  });

  it('finds markup and takes it out', () => {
    expect(markupIn('plain text & more')).toBeNull();
    expect(markupIn('a <b>bold</b> word')).toBe('<b>');
    expect(markupIn('fish &amp; chips')).toBe('&amp;');
    expect(stripMarkup('<p>One &amp; two</p><p>Three<br>four</p>')).toBe('One & two\nThree\nfour\n');
  });
});

describe('the draft', () => {
  it('lists what changed against the published data, and the whole draft passes the build and the test', () => {
    const files = withFixture();
    const meetings = valuesOf(files)['meetings.json'] as Json[];
    const draft = { ...files, 'data/meetings.json': writeJson([...meetings, meetingOf(meetingForm())]) };
    expect(changesOf(PUBLISHED, PUBLISHED)).toEqual([]);
    expect(changesOf(PUBLISHED, draft).map((c) => `${c.what} ${c.label}`).sort()).toEqual([
      'added TEST ONLY: a made-up source',
      'added Tenth meeting',
      expect.stringMatching(/^added the text 005_[0-9a-f]{16}\.txt$/),
    ]);
    expect(checkDraft(PUBLISHED)).toEqual([]);
    expect(checkDraft(draft)).toEqual([]);
  });
});
