import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { formatPartialRange, placeOf } from '../../../src/lib/dates/partial-date';
import { countryCard, onlineMeetings } from '../../../src/map/model';
import { meetingPlaces } from '../../../src/map/geometry/places';
import { mapCountries } from '../../../src/map/geometry/countries';
import { buildModel, eventCaption, eventDate } from '../../../src/lib/model';
import { region } from './region';

const data = realDataset();
const model = buildModel(data);
const statusesAt = (date: number) => model.at(date).statuses;
const topology = region();
const members = (date: string) =>
  [...statusesAt(placeOf(date))]
    .filter(([, s]) => s !== 'not-yet')
    .map(([id]) => id)
    .sort();
const FOUNDERS = ['ALB', 'BGR', 'BIH', 'HRV', 'ITA', 'MKD', 'MNE', 'ROU', 'SRB', 'SVN'];

describe('mapCountries', () => {
  it('names every shape from data/, never from the atlas, and leaves none unknown', () => {
    const before = JSON.stringify(topology);
    const { countries, unknown } = mapCountries(topology, data);
    expect(unknown).toEqual([]);
    expect(countries.filter((c) => c.kind === 'member').map((c) => c.iso3).sort()).toEqual(data.members.map((m) => m.id).sort());
    expect(countries.find((c) => c.iso3 === 'MKD')!.name).toBe('North Macedonia');
    expect(countries.find((c) => c.iso3 === 'BIH')!.name).toBe('Bosnia and Herzegovina');
    expect(countries.find((c) => c.kind === 'kosovo')).toMatchObject({ iso3: 'XKX', name: 'Kosovo' });
    expect(countries.filter((c) => c.kind === 'other').map((c) => c.iso3).sort()).toEqual(['DZA', 'LBY', 'TUN']);
    expect(countries.filter((c) => c.kind === 'osce').map((c) => c.iso3)).toContain('TUR');
    expect(JSON.stringify(topology)).toBe(before);
  });
});

describe('the joining waves', () => {
  it('groups the members by the year of their first joining', () => {
    const waves = model.waves;
    expect(waves.map((w) => [w.year, w.founding, w.members.map((m) => m.id).sort()])).toEqual([
      [2016, true, FOUNDERS],
      [2017, false, ['HUN']],
      [2019, false, ['GRC']],
      [2023, false, ['AUT']],
    ]);
    expect(model.members.get('GRC')!.wave.index).toBe(2);
  });
});

describe('statusesAt: members before and after each joining', () => {
  const cases: [string, string[]][] = [
    ['2016-05-25', []],
    ['2016-05-26', FOUNDERS],
    ['2017-02-28', FOUNDERS],
    ['2017-03-01', [...FOUNDERS, 'HUN'].sort()],
    ['2019-06-03', [...FOUNDERS, 'HUN'].sort()],
    ['2019-06-04', [...FOUNDERS, 'HUN', 'GRC'].sort()],
    ['2023-10-31', [...FOUNDERS, 'HUN', 'GRC'].sort()],
    ['2023-11-01', [...FOUNDERS, 'HUN', 'GRC', 'AUT'].sort()],
  ];
  for (const [date, expected] of cases) it(date, () => expect(members(date)).toEqual(expected));

  it('Hungary is disputed from March 2017 until the third meeting (12 October 2017)', () => {
    expect(statusesAt(placeOf('2017-03-01')).get('HUN')).toBe('disputed');
    expect(statusesAt(placeOf('2017-10-11')).get('HUN')).toBe('disputed');
    expect(statusesAt(placeOf('2017-10-12')).get('HUN')).toBe('member');
  });
});

describe('the caption', () => {
  const cases: [string, string][] = [
    ['2016-05-26', '26 May 2016 — Declaration of Intent signed, Belgrade: 10 founding signatories'],
    ['2016-12-01', 'November 2016 — Second meeting'],
    ['2017-03-15', 'March 2017 — Hungary joins, by one source; the sources disagree (another gives October 2017, at the third meeting, Rome)'],
    ['2017-10-12', 'October 2017 — Hungary joins at the third meeting, Rome, by one source; the sources disagree (another gives March 2017)'],
    ['2018-07-01', `${formatPartialRange('2018-06-28', '2018-06-30')} — Fourth meeting, Skopje`],
    ['2019-06-15', 'June 2019 — Greece joins at the fifth meeting, Bucharest'],
    ['2021-04-27', '27 April 2021 — Sixth meeting (online)'],
    ['2023-11-02', 'November 2023 — Austria joins at the Executive Board meeting in Sofia'],
  ];
  for (const [date, text] of cases) {
    it(`${date}: ${text}`, () => {
      const c = model.at(placeOf(date)).mapEvent!;
      expect(`${eventDate(c)} — ${eventCaption(c, model)}`).toBe(text);
    });
  }
  it('marks Hungary’s joining with its disagreement, and is empty before the first event', () => {
    expect(model.at(placeOf('2017-03-15')).mapEvent!.disagreement?.id).toBe('hungary-joined');
    expect(model.at(placeOf('2016-05-01')).mapEvent).toBeNull();
  });
});

describe('meeting places and online meetings', () => {
  it('every city that hosted a meeting has coordinates', () => {
    const { places, missing } = meetingPlaces(model);
    expect(missing).toEqual([]);
    expect(places.map((p) => p.city).sort()).toEqual(['Belgrade', 'Bucharest', 'Rome', 'Skopje', 'Sofia']);
  });
  it('a place appears when its first meeting happens', () => {
    const held = (date: string) => model.at(placeOf(date)).held;
    const shown = (date: string) => meetingPlaces(model).places.filter((p) => p.meetings.some((m) => held(date).has(m.id))).map((p) => p.city).sort();
    expect(shown('2016-05-25')).toEqual([]);
    expect(shown('2016-05-26')).toEqual(['Belgrade']);
    expect(shown('2017-10-12')).toEqual(['Belgrade', 'Rome']);
    expect(shown('2019-06-04')).toEqual(['Belgrade', 'Bucharest', 'Rome', 'Skopje']);
    expect(shown('2023-11-01')).toEqual(['Belgrade', 'Bucharest', 'Rome', 'Skopje', 'Sofia']);
    expect(meetingPlaces(model).places.find((p) => p.city === 'Belgrade')!.meetings.map((m) => m.id)).toEqual(['declaration-2016', 'meeting-9']);
  });
  it('online meetings are listed as such, not as places', () => {
    expect(onlineMeetings(model).filter((m) => model.at(placeOf('2021-04-26')).held.has(m.id))).toEqual([]);
    expect(onlineMeetings(model).map((m) => m.number)).toEqual([6, 7, 8]);
  });
});

describe('countryCard', () => {
  it('Serbia: founder, its Secretariat milestones, no office named', () => {
    const card = countryCard(model, 'SRB', placeOf('2020-01-01'))!;
    expect(card.status).toBe('member');
    // The overview gives May 2016; the day (26 May) is the other source's, so the card says so.
    expect(card.joined[0]!.text).toBe('May 2016, at the signing of the Declaration of Intent, Belgrade');
    expect(card.joined[0]!.inferred).toMatch(/^inferred: the countries and the month are one source’s; the day and Belgrade are another’s/);
    expect(card.joined[0]!.sources).toEqual(['osce-overview', 'rome-2017-outcomes']);
    expect(card.offices).toEqual([]);
    expect(card.secretariat.map((l) => l.text)).toEqual([
      'Granted the chair: October 2017, at the third meeting, Rome',
      'Term to end: October 2021',
      'Handed over the chair officially: February 2023, at the ninth meeting, Belgrade',
    ]);
  });
  it('Hungary: two readings, its office, the disagreement', () => {
    const card = countryCard(model, 'HUN', placeOf('2017-06-01'))!;
    expect(card.status).toBe('disputed');
    expect(card.joined.map((l) => l.text)).toEqual(['March 2017', 'October 2017, at the third meeting, Rome']);
    expect(card.offices[0]!.text).toContain('Office of the Prosecutor General');
    expect(card.disagreement?.id).toBe('hungary-joined');
    expect(card.sources).toEqual(expect.arrayContaining(['osce-overview', 'rome-2017-outcomes']));
  });
  it('Romania and Bulgaria: their part in the Executive Board', () => {
    // "Currently, Romania, …": undated, so as of the latest source, not "November 2023".
    expect(countryCard(model, 'ROU', placeOf('2024-01-01'))!.board[0]!.text).toBe('Member of the Executive Board, as of the latest source (undated, up to November 2023)');
    const bulgaria = countryCard(model, 'BGR', placeOf('2024-01-01'))!;
    expect(bulgaria.board[0]!.text).toContain('by its rule');
    expect(bulgaria.board[0]!.inferred).toMatch(/^inferred: not named by a source/);
    // The February 2023 takeover was Bulgaria's, by the source; the office is inferred.
    expect(bulgaria.secretariat.find((l) => l.text.startsWith('Took over the chair officially'))!.inferred).toMatch(/^inferred: the source says Bulgaria took over officially/);
  });
  it('says when the Board’s members are reported for a later date than the card’s', () => {
    expect(countryCard(model, 'GRC', placeOf('2019-06-15'))!.board[0]!.text).toBe(
      'Member of the Executive Board, as of the latest source (undated, up to November 2023), after 15 June 2019; the sources name no earlier members',
    );
  });
  it('is null for a country that is not a member', () => {
    expect(countryCard(model, 'FRA', placeOf('2024-01-01'))).toBeNull();
  });
});
