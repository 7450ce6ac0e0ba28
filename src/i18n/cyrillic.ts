/**
 * Serbian has one spelling in two scripts, letter for letter (Vuk's alphabet and Gaj's): the Cyrillic
 * catalogue is the Latin one transliterated. Three Latin digraphs are one Cyrillic letter (lj → љ,
 * nj → њ, dž → џ); the few words where those pairs are two letters are listed, as are the Latin words
 * that stay Latin in Cyrillic text. `{holes}` are never transliterated: the values that fill them
 * (a city from the sources, a quote) come in their own script; nor is a source's English quoted in
 * a sentence of the data in English marks (“…”); Serbian quotation marks („…“) are Serbian text. A
 * test checks that every string of the Latin catalogue comes back unchanged from Cyrillic, and the
 * spellings a round trip cannot catch against expected Cyrillic (test/unit/i18n/cyrillic.test.ts).
 */

const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', dž: 'џ', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и',
  j: 'ј', k: 'к', l: 'л', lj: 'љ', m: 'м', n: 'н', nj: 'њ', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т',
  u: 'у', v: 'в', z: 'з', ž: 'ж',
};

/**
 * Words that stay in Latin letters in Cyrillic text: the network's English abbreviation and file
 * formats, and names the data gives in Latin letters (a project, a data set). A key's name, or
 * anything else a message shows as written, goes in a hole instead.
 */
export const LATIN_WORDS = ['PCOCP', 'OSCE', 'PNG', 'SVG', 'CSV', 'URL', 'JSON', 'SOCTA', 'DNA', 'C-PROC', 'Giovanni', 'Russo', 'iPROCEEDS-2', 'Natural', 'Earth', 'world-atlas', 'ZIP', 'HTML', 'HTTP', 'UTF-8'];

/**
 * Stems whose nj or dž are two letters, not one (a prefix ending in d before ž; a Latin n before j):
 * their Cyrillic spelling. A word that starts with one of them takes it, in the word's own case.
 */
const TWO_LETTERS: Record<string, string> = {
  injek: 'инјек',
  konjug: 'конјуг',
  konjunk: 'конјунк',
  vanjezi: 'ванјези',
  nadživ: 'наджив',
  nadžnje: 'наджње',
  odžali: 'оджали',
  podžanr: 'поджанр',
  podžup: 'поджуп',
};

const DIGRAPH = /^(lj|nj|dž)/i;
const WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
const FOREIGN = /[qwxy]/i;

function lower(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = DIGRAPH.exec(word.slice(i))?.[0];
    const key = (pair ?? word[i]!).toLowerCase();
    const cyr = LETTERS[key];
    if (cyr === undefined) {
      out += word[i]; // a digit or a hyphen
      i += 1;
      continue;
    }
    const upper = (pair ?? word[i]!) !== key;
    out += upper ? cyr.toUpperCase() : cyr;
    i += (pair ?? 'x').length;
  }
  return out;
}

/** Cyrillic `cyr` in the case of the Latin `latin`, letter by letter (`cyr` has one letter per Latin letter). */
const inCaseOf = (latin: string, cyr: string) => [...cyr].map((c, i) => (latin[i] !== latin[i]!.toLowerCase() ? c.toUpperCase() : c)).join('');

function word(text: string): string {
  // Latin-only words, and words with letters Serbian does not have (q, w, x, y), stay as written.
  if (LATIN_WORDS.includes(text) || FOREIGN.test(text)) return text;
  // A Latin-only word with a Serbian ending ("PCOCP-a", "OSCE-u"): the word stays, the ending is Serbian.
  const hyphen = text.indexOf('-');
  if (hyphen > 0 && LATIN_WORDS.includes(text.slice(0, hyphen))) return text.slice(0, hyphen + 1) + word(text.slice(hyphen + 1));
  const stem = Object.keys(TWO_LETTERS).find((s) => text.toLowerCase().startsWith(s));
  if (stem) return inCaseOf(text, TWO_LETTERS[stem]!) + lower(text.slice(stem.length));
  return lower(text);
}

/**
 * Latin Serbian in Cyrillic letters; holes, Latin-only words and a source's English quoted in English
 * marks (“…”) kept. Serbian quotation marks („…“, whose closing mark is the English opening one) are
 * Serbian text, transliterated.
 */
export function toCyrillic(text: string): string {
  return text
    .split(/(\{\w+\}|„[^“]*“|“[^”]*”)/)
    .map((part, i) => (i % 2 === 0 ? part.replace(WORD, word) : part.startsWith('„') ? `„${toCyrillic(part.slice(1, -1))}“` : part))
    .join('');
}

const BACK: Record<string, string> = Object.fromEntries(Object.entries(LETTERS).map(([lat, cyr]) => [cyr, lat]));

const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();

/**
 * Cyrillic Serbian in Latin letters (unambiguous: every Cyrillic letter has one Latin spelling). A
 * capital љ, њ or џ is "LJ", "NJ", "DŽ" in a word written in capitals ("LJUBLJANA"), else "Lj".
 */
export function toLatin(text: string): string {
  return text.replace(/[\u0400-\u04ff]/g, (c, at: number) => {
    const lat = BACK[c.toLowerCase()];
    if (lat === undefined) return c;
    if (!isUpper(c)) return lat;
    const capitals = isUpper(text[at + 1]) || (isUpper(text[at - 1]) && !/[\p{L}]/u.test(text[at + 1] ?? ''));
    return capitals ? lat.toUpperCase() : lat.charAt(0).toUpperCase() + lat.slice(1);
  });
}
