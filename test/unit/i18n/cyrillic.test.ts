import { describe, expect, it } from 'vitest';
import latin from '../../../src/i18n/sr-Latn';
import cyrillicCatalogue, { AS_WRITTEN } from '../../../src/i18n/sr-Cyrl';
import { LATIN_WORDS, toCyrillic, toLatin } from '../../../src/i18n/cyrillic';
import type { Message } from '../../../src/i18n';

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));

describe('Serbian Cyrillic from the Latin catalogue', () => {
  it('transliterates letter by letter, digraphs as one letter, holes and Latin-only words kept', () => {
    expect(toCyrillic('Članice mreže: {names} — njih {n}, ljudi, džep')).toBe('Чланице мреже: {names} — њих {n}, људи, џеп');
    expect(toCyrillic('Preuzmi PNG')).toBe('Преузми PNG');
    expect(toCyrillic('Njegoš, NJ, Đorđe')).toBe('Његош, Њ, Ђорђе');
    expect(toCyrillic('konjunkcija')).toBe('конјункција');
    expect(toCyrillic('Misiju naziva “the Mission”.')).toBe('Мисију назива “the Mission”.');
  });

  // The round trip below cannot catch these: a wrong Cyrillic spelling can come back to the same Latin.
  it.each([
    ['nadživeti', 'надживети'],
    ['Nadživeti', 'Надживети'],
    ['NADŽIVETI', 'НАДЖИВЕТИ'],
    ['podžanr', 'поджанр'],
    ['odžaliti', 'оджалити'],
    ['konjunktura', 'конјунктура'],
    ['konjunktiv', 'конјунктив'],
    ['Konjunkcija', 'Конјункција'],
    ['konjugacija', 'конјугација'],
    ['injekcija', 'инјекција'],
    ['vanjezički', 'ванјезички'],
    ['konj, njiva, džep, ljiljan', 'коњ, њива, џеп, љиљан'],
    ['sastanak PCOCP-a', 'састанак PCOCP-а'],
    ['OSCE-u, SOCTA-e', 'OSCE-у, SOCTA-е'],
    ['prikaz „Sastanci“ i “the Mission”', 'приказ „Састанци“ и “the Mission”'],
    ['„Odbor“, „Sekretarijat“', '„Одбор“, „Секретаријат“'],
    ['prikaz „{title}“', 'приказ „{title}“'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(toCyrillic(latin)).toBe(cyrillic);
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it.each([
    ['ЉУБЉАНА', 'LJUBLJANA'],
    ['Љубљана', 'Ljubljana'],
    ['ЊЕГОШ, Његош', 'NJEGOŠ, Njegoš'],
    ['ЏЕП', 'DŽEP'],
    ['Џ', 'Dž'],
  ])('toLatin %s → %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it('every string of the Latin catalogue comes back unchanged from its Cyrillic', () => {
    for (const [key, message] of Object.entries(latin)) {
      for (const text of texts(message)) expect(toLatin(toCyrillic(text)), key).toBe(text);
    }
  });

  it('leaves no Latin letter in the Cyrillic catalogue but holes and the words that stay Latin', () => {
    const allowed = new RegExp(`\\{\\w+\\}|“[^”]*”|\\b(${LATIN_WORDS.join('|')})\\b`, 'g');
    for (const [key, message] of Object.entries(cyrillicCatalogue)) {
      if (AS_WRITTEN.test(key)) continue;
      for (const text of texts(message as Message)) expect(text.replace(allowed, ''), key).not.toMatch(/[A-Za-zčćđšž]/);
    }
  });
});
