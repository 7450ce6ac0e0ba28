/**
 * `npm run i18n:export [code]`: writes `translations/<code>.po` from `src/i18n/<code>.ts` (default
 * `sr-Latn`; the Cyrillic catalogue is made from the Latin one, so it has no file of its own).
 * `npm run i18n:import [code]`: writes the messages of `translations/<code>.po` back into
 * `src/i18n/<code>.ts`. See README, "For translators"; the format is `po.ts`'s.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '../en.ts';
import latin from '../sr-Latn.ts';
import { LANGUAGES } from '../languages.ts';
import { dataKeys } from '../../lib/data/localize.ts';
import { toPo, fromPo, updateSource } from './po.ts';
import type { Message } from '../index.ts';
import { readDataTexts } from '../../lib/data/validate-plugin.ts';
import { validateDataset } from '../../lib/data/validate.ts';

/** Translators' notes, by key (prefix). */
export function notesFor(keys: readonly string[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const key of keys) {
    if (key.startsWith('export.csv.')) notes[key] = 'A CSV column name, for machines: keep the English (ASCII).';
    else if (key.startsWith('data.text.')) notes[key] = 'A sentence of the data (the English is its key). A source’s words in English marks “…” stay English.';
    else if (key.startsWith('data.country.')) notes[key] = 'A participating State, as the OSCE writes its name.';
    else if (key === 'dates.monthsGenitive') notes[key] = 'The twelve months as they read after “na dan”, “od”: separated by spaces.';
  }
  return notes;
}

/** The English of every key a catalogue may hold: the English catalogue's, and the data's own words. */
export function englishOf(root: string): Record<string, Message> {
  const data = validateDataset(readDataTexts(join(root, 'data')));
  return { ...Object.fromEntries(dataKeys(data)), ...en };
}

/**
 * The catalogues a translator edits (imported here, not loaded: Vite's module runner that runs this
 * command closes once it has imported it). A new language's catalogue is added here too.
 */
const EDITABLE: Record<string, Readonly<Record<string, Message>>> = { 'sr-Latn': latin };

export function main([command, code = 'sr-Latn']: readonly string[], root = process.cwd()): void {
  const language = LANGUAGES.find((l) => l.code === code);
  const messages = EDITABLE[code];
  if (!language || !messages) throw new Error(`No catalogue to translate for “${code}”: one of ${Object.keys(EDITABLE).join(', ')} (sr-Cyrl is made from sr-Latn).`);
  const catalogueFile = join(root, 'src/i18n', `${code}.ts`);
  const poFile = join(root, 'translations', `${code}.po`);
  if (command === 'export') {
    mkdirSync(join(root, 'translations'), { recursive: true });
    writeFileSync(poFile, toPo({ code, locale: language.locale, messages }, englishOf(root), notesFor(Object.keys(messages))));
    console.log(`Wrote ${poFile} (${Object.keys(messages).length} messages). Edit it, then run npm run i18n:import.`);
  } else if (command === 'import') {
    const po = fromPo(readFileSync(poFile, 'utf8'));
    if (po.code !== code) throw new Error(`${poFile} is in ${po.code}, not ${code}`);
    const before = readFileSync(catalogueFile, 'utf8');
    const after = updateSource(before, po.messages);
    writeFileSync(catalogueFile, after);
    console.log(after === before ? `${catalogueFile}: no message changed.` : `Updated ${catalogueFile}. Run npm test (the holes, the glossary, the Cyrillic).`);
  } else {
    throw new Error('Usage: npm run i18n:export [code] | npm run i18n:import [code]');
  }
}
