import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage, t, type Key } from '../../../src/i18n';

const english = LANGUAGES[0];
afterEach(() => setLanguage(english, en));

async function inSerbian() {
  const serbian = LANGUAGES.find((l) => l.code === 'sr-Latn')!;
  setLanguage(serbian, (await serbian.load()).default);
}

const COUNTS = [1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101] as const;

/** Serbian counts at the numbers whose forms differ (1, 2–4, 5, the teens, 21, 22, 25). */
const SERBIAN: Partial<Record<Key, readonly string[]>> = {
  // After "do", "od", "iz": the genitive.
  'build.count.offices': ['1 tužilaštva', '2 tužilaštva', '3 tužilaštva', '4 tužilaštva', '5 tužilaštava', '11 tužilaštava', '12 tužilaštava', '14 tužilaštava', '21 tužilaštva', '22 tužilaštva', '25 tužilaštava', '101 tužilaštva'],
  'build.count.countries': ['1 države', '2 države', '3 države', '4 države', '5 država', '11 država', '12 država', '14 država', '21 države', '22 države', '25 država', '101 države'],
  'shell.counters.ofNumbered': [
    'od 1 numerisanog sastanka', 'od 2 numerisana sastanka', 'od 3 numerisana sastanka', 'od 4 numerisana sastanka', 'od 5 numerisanih sastanaka', 'od 11 numerisanih sastanaka',
    'od 12 numerisanih sastanaka', 'od 14 numerisanih sastanaka', 'od 21 numerisanog sastanka', 'od 22 numerisana sastanka', 'od 25 numerisanih sastanaka', 'od 101 numerisanog sastanka',
  ],
  'embed.sourceDocuments': [
    '1 javni izvor.', '2 javna izvora.', '3 javna izvora.', '4 javna izvora.',
    '5 javnih izvora.', '11 javnih izvora.', '12 javnih izvora.', '14 javnih izvora.',
    '21 javni izvor.', '22 javna izvora.', '25 javnih izvora.', '101 javni izvor.',
  ],
  'timeline.figure.boardMeetings': [
    '1 sednica Izvršnog odbora', '2 sednice Izvršnog odbora', '3 sednice Izvršnog odbora', '4 sednice Izvršnog odbora', '5 sednica Izvršnog odbora', '11 sednica Izvršnog odbora',
    '12 sednica Izvršnog odbora', '14 sednica Izvršnog odbora', '21 sednica Izvršnog odbora', '22 sednice Izvršnog odbora', '25 sednica Izvršnog odbora', '101 sednica Izvršnog odbora',
  ],
};

describe('Serbian counts', () => {
  it.each(Object.entries(SERBIAN))('%s agrees with its number at 1, 2–4, 5, 11–14, 21, 22, 25 and 101', async (key, expected) => {
    await inSerbian();
    expect(COUNTS.map((n) => (t as (k: Key, v: { n: number }) => string)(key as Key, { n }))).toEqual(expected);
  });

  it('the masthead counts its offices and countries in the genitive', async () => {
    await inSerbian();
    const lede = (offices: number, countries: number) =>
      t('build.masthead.lede', { founders: t('build.masthead.ten'), signed: '', offices: t('build.count.offices', { n: offices }), countries: t('build.count.countries', { n: countries }), asOf: 'prema stanju od novembra 2023.' });
    expect(lede(14, 12)).toBe('Od deset država koje su potpisale Deklaraciju o namerama do 14 tužilaštava iz 12 država, prema stanju od novembra 2023.');
    expect(lede(21, 21)).toBe('Od deset država koje su potpisale Deklaraciju o namerama do 21 tužilaštva iz 21 države, prema stanju od novembra 2023.');
    expect(lede(22, 1)).toBe('Od deset država koje su potpisale Deklaraciju o namerama do 22 tužilaštva iz 1 države, prema stanju od novembra 2023.');
  });

  it('no Serbian sentence writes a count into a fixed plural form: where the English counts a noun, the Serbian is a plural message', async () => {
    const serbian = (await LANGUAGES.find((l) => l.code === 'sr-Latn')!.load()).default as Record<string, unknown>;
    for (const [key, message] of Object.entries(en)) {
      if (typeof message !== 'string') continue;
      // "{length} characters": a hole that takes a number, then a plural noun.
      for (const [, hole] of message.matchAll(/\{(n|length|limit|total|offices|countries|founders)\} \p{L}+s\b/gu)) expect(serbian[key] as string, key).not.toMatch(new RegExp(`\\{${hole}\\} \\p{L}`, 'u'));
    }
  });
});

describe('English counts', () => {
  it('one and other', () => {
    expect(t('build.count.offices', { n: 1 })).toBe('1 prosecution office');
    expect(t('build.count.offices', { n: 14 })).toBe('14 prosecution offices');
    expect(t('shell.counters.ofNumbered', { n: 9 })).toBe('of 9 numbered meetings');
  });
});
