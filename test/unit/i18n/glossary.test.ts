import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import latin from '../../../src/i18n/sr-Latn';
import glossary from '../../../src/i18n/glossary.sr.json';
import type { Message } from '../../../src/i18n';

interface Term {
  readonly concept: string;
  readonly sr: string;
  readonly en?: string;
  readonly use?: string;
  readonly avoid?: readonly string[];
  readonly avoidWhereEnglish?: readonly string[];
}

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
const noHoles = (text: string) => text.replace(/\{\w+\}/g, '');
const catalogue = latin as Record<string, Message>;
/** Each Serbian message with its English: the English catalogue's, or the sentence a `data.text.` key is made of. */
const pairs = Object.entries(catalogue).flatMap(([key, message]) => {
  const english = key.startsWith('data.text.') ? key.slice('data.text.'.length) : (en as Record<string, Message>)[key];
  return english === undefined || key.startsWith('export.csv.') ? [] : [{ key, english: texts(english).map(noHoles).join(' '), serbian: texts(message).map(noHoles).join(' ') }];
});

describe('the Serbian glossary (src/i18n/glossary.sr.json)', () => {
  const terms = glossary.terms as readonly Term[];

  it.each(terms.map((term) => [term.concept, term] as const))('%s', (_, term) => {
    const problems: string[] = [];
    // \b in a pattern is a boundary between letters and the rest, Serbian letters included.
    const re = (source: string) => new RegExp(source.replaceAll('\\b', '(?:(?<!\\p{L})(?=\\p{L})|(?<=\\p{L})(?!\\p{L}))'), 'iu');
    for (const { key, english, serbian } of pairs) {
      for (const avoid of term.avoid ?? []) if (re(avoid).test(serbian)) problems.push(`${key}: “${re(avoid).exec(serbian)![0]}” (the glossary says ${term.sr})`);
      if (!term.en || !re(term.en).test(english)) continue;
      if (term.use && !re(term.use).test(serbian)) problems.push(`${key}: the English says “${re(term.en).exec(english)![0]}”, the Serbian not ${term.sr}`);
      for (const avoid of term.avoidWhereEnglish ?? []) if (re(avoid).test(serbian)) problems.push(`${key}: “${re(avoid).exec(serbian)![0]}” for “${re(term.en).exec(english)![0]}” (the glossary says ${term.sr})`);
    }
    expect(problems).toEqual([]);
  });
});
