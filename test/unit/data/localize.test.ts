import { afterEach, describe, expect, it } from 'vitest';
import latin from '../../../src/i18n/sr-Latn';
import en from '../../../src/i18n/en';
import { LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage } from '../../../src/i18n';
import { dataKeys } from '../../../src/lib/data/localize';
import { buildModel, cityName, countryName, dataText, eventCaption, mapNotes, meetingTitle, memberName, officeName, themeLabel } from '../../../src/lib/model';
import { realDataset } from './dataset';

const data = realDataset();
const frozen = JSON.stringify(data);
const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;

afterEach(() => setLanguage(LANGUAGES[0], en));

describe('the data in another language', () => {
  it('the Serbian catalogue names every meeting, city, theme and related event of the data, and the map’s notes', () => {
    const missing = [...dataKeys(data).keys()].filter((key) => !(key in latin));
    expect(missing).toEqual([]);
  });

  it('one model serves every language: it is built once, and its words are put on where they are shown', () => {
    const model = buildModel(data);
    const greece = model.events.find((e) => e.kind === 'join' && e.member === 'GRC')!;
    const english = eventCaption(greece, model);
    setLanguage(serbian, latin);
    expect(eventCaption(greece, model)).toMatch(/^Grčka .*Bukurešt/);
    setLanguage(LANGUAGES[0], en);
    expect(eventCaption(greece, model)).toBe(english);
    // The model keeps the data's words as the data writes them.
    expect(model.members.get('GRC')!.member.name).toBe('Greece');
  });

  it('names countries, cities, meetings and themes in Serbian; keeps quotes and topics as the sources give them', () => {
    const fifth = data.meetings.find((m) => m.id === 'meeting-5')!;
    setLanguage(serbian, latin);
    expect(memberName(data.members.find((m) => m.id === 'MKD')!)).toBe('Severna Makedonija');
    expect(countryName(data, 'GRC')).toBe('Grčka');
    // The OSCE's own forms, not Intl.DisplayNames' ("Vatikan", "Sjedinjene Države", "Rusija").
    expect(['VAT', 'USA', 'RUS'].map((id) => countryName(data, id))).toEqual(['Sveta Stolica', 'Sjedinjene Američke Države', 'Ruska Federacija']);
    expect(officeName(data.offices.named.find((o) => o.id === 'hu-prosecutor-general')!)).toBe('Generalno tužilaštvo');
    expect(meetingTitle(fifth)).toBe('Peti sastanak');
    expect(fifth.place.kind === 'city' && cityName(fifth.place.city)).toBe('Bukurešt');
    expect(themeLabel(data.themes.find((t) => t.id === 'terrorism')!)).toBe('Terorizam i strani borci');
    expect(mapNotes(data).kosovo).toBe(latin['data.kosovo.name']);
    const reason = data.members.find((m) => m.id === 'SRB')!.joined[0]!.inferred!.reason;
    expect(dataText(reason)).toBe((latin as Record<string, unknown>)[`data.text.${reason}`]);
    expect(dataText(reason)).not.toBe(reason);
    // A quote is not one of the data's own words: it has no key, and stays as the source gives it.
    expect(dataText(fifth.topics[0]!.text)).toBe(fifth.topics[0]!.text);
    // The data itself is not changed.
    expect(JSON.stringify(data)).toBe(frozen);
  });

  it('in English, the data’s own words are the data’s', () => {
    expect(countryName(data, 'MKD')).toBe(data.members.find((m) => m.id === 'MKD')!.name);
    expect(countryName(data, 'BIH')).toBe('Bosnia and Herzegovina');
    expect(countryName(data, 'XXX')).toBe('XXX');
  });
});
