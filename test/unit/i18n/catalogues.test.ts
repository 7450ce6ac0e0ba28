import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage, t, listAnd, type Message } from '../../../src/i18n';
import { chooseLanguage } from '../../../src/i18n/choose';
import { formatPartialDate, formatPartialRange, genitiveOf } from '../../../src/lib/dates/partial-date';

const english = LANGUAGES[0];
afterEach(() => setLanguage(english, en));

const holes = (m: Message) => new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((h) => h[1])));

describe('every catalogue', () => {
  it.each(LANGUAGES.slice(1).map((l) => [l.code, l] as const))('%s has every key of the English one, with the same holes, and no other', async (_, language) => {
    const catalogue = (await language.load()).default as Record<string, Message>;
    expect(Object.keys(catalogue).filter((k) => !k.startsWith('data.')).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(en)) {
      expect(typeof catalogue[key], key).toBe(typeof message);
      // A plural message's `other` form may leave out `{n}` (Serbian writes "jedan"), never another hole.
      // (In any order: a language puts its words where it puts them.)
      expect([...holes(catalogue[key]!)].filter((h) => h !== 'n').sort(), key).toEqual([...holes(message)].filter((h) => h !== 'n').sort());
    }
  });

  it('no message is empty', async () => {
    for (const language of LANGUAGES) {
      const catalogue = (await language.load()).default as Record<string, Message>;
      for (const [key, message] of Object.entries(catalogue)) for (const text of typeof message === 'string' ? [message] : Object.values(message)) expect(text.trim(), `${language.code} ${key}`).not.toBe('');
    }
  });
});

describe('t', () => {
  it('fills holes and picks the plural form of the language', async () => {
    expect(t('i18n.switch')).toBe('Language');
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
    setLanguage(serbian, (await serbian.load()).default);
    expect(t('i18n.switch')).toBe('Jezik');
    expect(listAnd(['a', 'b', 'c'])).toBe('a, b i c');
  });

  it('writes dates in the language, at the precision the data gives', async () => {
    expect(formatPartialDate('2019-06')).toBe('June 2019');
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
    setLanguage(serbian, (await serbian.load()).default);
    expect(formatPartialDate('2019-06')).toBe('jun 2019.');
    expect(formatPartialRange('2017-10-12', '2017-10-13')).toBe('12.–13. oktobar 2017.');
    const cyrillic = LANGUAGES.find((l) => l.code === 'sr-Cyrl')!;
    setLanguage(cyrillic, (await cyrillic.load()).default);
    expect(formatPartialDate('2019-06')).toBe('јун 2019.');
    expect(genitiveOf(formatPartialDate('2023-11'))).toBe('новембра 2023.');
  });

  it('writes a date in the genitive after a word that governs it (English: unchanged)', async () => {
    expect(genitiveOf(formatPartialDate('2021-04-27'))).toBe('27 April 2021');
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
    setLanguage(serbian, (await serbian.load()).default);
    expect(t('map.table.caption', { day: genitiveOf(formatPartialDate('2021-04-27')) })).toBe('Članice na dan 27. aprila 2021.');
    expect(genitiveOf(formatPartialDate('2016-05-26'))).toBe('26. maja 2016.');
    expect(genitiveOf(formatPartialRange('2017-10-12', '2017-10-13'))).toBe('12.–13. oktobra 2017.');
  });
});

describe('chooseLanguage', () => {
  const codes = LANGUAGES.map((l) => l.code);
  it.each([
    ['?lang=sr-Latn', ['en-GB'], 'sr-Latn'],
    ['?date=2019&lang=sr-Cyrl', [], 'sr-Cyrl'],
    ['?lang=en', ['sr'], 'en'],
    ['?lang=xx', ['sr'], 'sr-Cyrl'],
    ['', ['sr-RS', 'en'], 'sr-Cyrl'],
    ['', ['sr-ME'], 'sr-Latn'],
    ['', ['sr-Latn-RS'], 'sr-Latn'],
    ['', ['de-DE', 'sr-Latn', 'en'], 'sr-Latn'],
    ['', ['de-DE', 'en-US', 'sr'], 'en'],
    ['', ['de-DE', 'not a tag'], 'en'],
    ['', [], 'en'],
  ] as const)('%s with browser %j → %s', (search, browser, expected) => {
    expect(chooseLanguage(search, browser, codes)).toBe(expected);
  });
});

describe('urlInLanguage', () => {
  it('keeps every parameter and the hash, and names the language', async () => {
    const { urlInLanguage } = await import('../../../src/i18n/switch');
    expect(urlInLanguage('https://example.org/?date=2019-06&sel=member:GRC#map', 'sr-Cyrl')).toBe('https://example.org/?date=2019-06&sel=member%3AGRC&lang=sr-Cyrl#map');
    expect(urlInLanguage('https://example.org/?lang=sr-Latn&embed=map', 'en')).toBe('https://example.org/?lang=en&embed=map');
  });
});

describe('filling holes', () => {
  it('a value that ends with a full stop takes the message’s', async () => {
    const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
    setLanguage(serbian, (await serbian.load()).default);
    expect(t('model.board.sentence', { status: 'osnovan 2018.' })).toBe('Izvršni odbor: osnovan 2018.');
    expect(t('model.board.sentence', { status: 'osnovan' })).toBe('Izvršni odbor: osnovan.');
  });
});
