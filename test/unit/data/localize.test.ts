import { describe, expect, it } from 'vitest';
import latin from '../../../src/i18n/sr-Latn';
import { dataKeys, localizeDataset } from '../../../src/lib/data/localize';
import { realDataset } from './dataset';

const data = realDataset();

/** Where the data keeps a source's form of a name, not the one the Unicode CLDR gives in English. */
const OWN_FORMS: Record<string, string> = {
  BIH: 'Bosnia & Herzegovina',
  CZE: 'Czechia',
  VAT: 'Vatican City',
  NLD: 'Netherlands',
  RUS: 'Russia',
  USA: 'United States',
};

describe('the data in another language', () => {
  it('the Serbian catalogue names every meeting, city, theme and related event of the data, and the map’s notes', () => {
    const missing = [...dataKeys(data).keys()].filter((key) => !(key in latin));
    expect(missing).toEqual([]);
  });

  it('each state’s alpha-2 code names it in English as the data does (or as listed where the data keeps its own form)', () => {
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const s of data.osceStates.states) expect(english.of(s.alpha2), s.id).toBe(OWN_FORMS[s.id] ?? s.name);
    for (const m of data.members) expect(data.osceStates.states.some((s) => s.id === m.id), m.id).toBe(true);
  });

  it('names countries, cities, meetings and themes in Serbian; keeps quotes and topics as the sources give them', () => {
    const sr = localizeDataset(data, latin, 'sr-Latn');
    expect(sr.members.find((m) => m.id === 'MKD')!.name).toBe('Severna Makedonija');
    expect(sr.members.find((m) => m.id === 'GRC')!.name).toBe('Grčka');
    // The OSCE's own forms, not Intl.DisplayNames' ("Vatikan", "Sjedinjene Države", "Rusija").
    const state = (id: string) => sr.osceStates.states.find((s) => s.id === id)!.name;
    expect([state('VAT'), state('USA'), state('RUS')]).toEqual(['Sveta Stolica', 'Sjedinjene Američke Države', 'Ruska Federacija']);
    expect(sr.offices.named.find((o) => o.id === 'hu-prosecutor-general')!.name).toBe('Generalno tužilaštvo');
    const fifth = sr.meetings.find((m) => m.id === 'meeting-5')!;
    expect(fifth.title).toBe('Peti sastanak');
    expect(fifth.place).toMatchObject({ kind: 'city', city: 'Bukurešt' });
    expect(fifth.topics).toEqual(data.meetings.find((m) => m.id === 'meeting-5')!.topics);
    expect(sr.themes.find((t) => t.id === 'terrorism')!.label).toBe('Terorizam i strani borci');
    // The data itself is not changed.
    expect(data.members.find((m) => m.id === 'GRC')!.name).toBe('Greece');
  });
});
