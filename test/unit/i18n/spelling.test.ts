/**
 * The network's name as the OSCE writes it: "Permanent Conference of Organized Crime Prosecutors",
 * and "organized crime" as every source body writes it. "Organised" may appear only where a source
 * itself writes it and the data quotes it (the Rome text's own title).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { realTexts } from '../data/dataset';

const ROOT = process.cwd();
/** Every line of the source texts: a string the data quotes whole from one of them (a title) keeps its spelling. */
const SOURCE_LINES = readdirSync(join(ROOT, 'data', 'sources'))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(ROOT, 'data', 'sources', f), 'utf8').split('\n').map((line) => line.trim()));

const BRITISH = /organis(ed|ing|er)s?\s+crime|organised/i;

/** Every string in a parsed JSON value, with its path. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Where "Organised" is written, unless the string is a whole line of a source text (a title the data quotes). */
function britishSpellings(texts: Record<string, string>, quotable: readonly string[]): string[] {
  return Object.entries(texts)
    .filter(([, text]) => BRITISH.test(text) && !quotable.includes(text.trim()))
    .map(([where]) => where);
}

describe('the network’s name in English', () => {
  const english = (): Record<string, string> => {
    const texts: Record<string, string> = {};
    for (const [key, message] of Object.entries(en)) for (const [path, text] of strings(message, key)) texts[`en.ts ${path}`] = text;
    for (const [file, json] of Object.entries(realTexts())) for (const [path, text] of strings(JSON.parse(json), '$')) texts[`${file} ${path}`] = text;
    texts['index.html'] = readFileSync(join(ROOT, 'index.html'), 'utf8');
    texts['package.json description'] = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { description: string }).description;
    texts['README.md'] = readFileSync(join(ROOT, 'README.md'), 'utf8');
    return texts;
  };

  it('is spelled "Organized" in the catalogue, the data, index.html, package.json and the README', () => {
    expect(britishSpellings(english(), SOURCE_LINES)).toEqual([]);
    expect(en['build.masthead.title']).toBe('Permanent Conference of Organized Crime Prosecutors');
  });

  it('flags "Organised" wherever no source writes it, and lets a source’s own title through', () => {
    const rome = 'Key outcomes from the Third Meeting of the Permanent Conference of Organised Crime Prosecutors Implementing the Belgrade "Declaration of Intent"';
    expect(britishSpellings({ title: rome, heading: 'The Permanent Conference of Organised Crime Prosecutors', theme: 'organised crime trends' }, SOURCE_LINES)).toEqual(['heading', 'theme']);
  });
});
