import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import latin from '../../../src/i18n/sr-Latn';
import { toPo, fromPo, updateSource, pluralCategories } from '../../../src/i18n/po/po';
import { englishOf, notesFor } from '../../../src/i18n/po/command';
import type { Message } from '../../../src/i18n';

const root = process.cwd();
const source = readFileSync(join(root, 'src/i18n/sr-Latn.ts'), 'utf8');
const english = englishOf(root);
const messages = latin as Record<string, Message>;
const exported = toPo({ code: 'sr-Latn', locale: 'sr-Latn', messages }, english, notesFor(Object.keys(messages)));

describe('the Serbian catalogue as a gettext PO file', () => {
  it('export → import gives the same catalogue, in the same order, and leaves the TypeScript as it is', () => {
    const imported = fromPo(exported);
    expect(imported.code).toBe('sr-Latn');
    expect(Object.entries(imported.messages)).toEqual(Object.entries(messages));
    expect(updateSource(source, imported.messages)).toBe(source);
  });

  it('shows the English beside the Serbian, by key, and a count with its Serbian forms', () => {
    expect(exported).toContain('msgctxt "word.board"\nmsgid "Executive Board"\nmsgstr "Izvršni odbor"\n');
    expect(exported).toContain(
      'msgctxt "build.count.offices"\nmsgid "{n} prosecution office"\nmsgid_plural "{n} prosecution offices"\nmsgstr[0] "{n} tužilaštva"\nmsgstr[1] "{n} tužilaštva"\nmsgstr[2] "{n} tužilaštava"\n',
    );
    expect(exported).toMatch(/Plural-Forms: nplurals=3; plural=\(n%10==1 && n%100!=11 \? 0 : n%10>=2 && n%10<=4 && \(n%100<10 \|\| n%100>=20\) \? 1 : 2\);/);
    expect(pluralCategories('sr-Latn')).toEqual(['one', 'few', 'other']);
    // Every string is quoted as PO tools read it (an inner " or \ escaped).
    for (const line of exported.split('\n').filter((l) => l.startsWith('msg'))) expect(line).toMatch(/^msg\w+(\[\d\])? "(?:[^"\\]|\\.)*"$/);
    expect(exported).toContain('msgid "The map\'s geometry is not a layout of the {aspect} map."');
    const tricky = { 'x.quote': 'a "b" \\ c\nd' };
    const po = toPo({ code: 'sr-Latn', locale: 'sr-Latn', messages: tricky }, { 'x.quote': 'e' });
    expect(po).toContain('msgstr "a \\"b\\" \\\\ c\\nd"');
    expect(fromPo(po).messages).toEqual(tricky);
    // The data's own words have their English too.
    expect(exported).toContain('msgctxt "data.city.Belgrade"\nmsgid "Belgrade"\nmsgstr "Beograd"\n');
  });

  it('import → export: an editor’s change comes back into the catalogue where it stands, and only it', () => {
    const edited = exported
      .replace('msgctxt "word.board"\nmsgid "Executive Board"\nmsgstr "Izvršni odbor"', 'msgctxt "word.board"\nmsgid "Executive Board"\nmsgstr "Izvršni „odbor“ \\"x\\" it\'s"')
      .replace('msgstr[0] "{n} tužilaštva"\nmsgstr[1] "{n} tužilaštva"', 'msgstr[0] "{n} tužilaštva"\nmsgstr[1] "{n} tužilaštva (2–4)"');
    const next = updateSource(source, fromPo(edited).messages);
    const changed = next.split('\n').filter((line, i) => line !== source.split('\n')[i]);
    expect(changed).toEqual([
      `  'word.board': 'Izvršni „odbor“ "x" it\\'s',`,
      `  'build.count.offices': { one: '{n} tužilaštva', few: '{n} tužilaštva (2–4)', other: '{n} tužilaštava' },`,
    ]);
    // And the changed file, exported again, gives the editor's text.
    const again = fromPo(toPo({ code: 'sr-Latn', locale: 'sr-Latn', messages: { ...messages, 'word.board': 'Izvršni „odbor“ "x" it\'s' } }, english));
    expect(again.messages['word.board']).toBe('Izvršni „odbor“ "x" it\'s');
  });

  it('reads what PO tools write: comments, continued lines, entries in any order; a new key is added', () => {
    const po = [
      '# translator comment',
      'msgid ""',
      'msgstr ""',
      '"Language: sr-Latn\\n"',
      '"Plural-Forms: nplurals=3; plural=0;\\n"',
      '',
      '#: src/i18n/en.ts',
      'msgctxt "word.timeline"',
      'msgid "Timeline"',
      'msgstr ""',
      '"Hrono"',
      '"logija"',
      '',
      'msgctxt "data.text.A new sentence."',
      'msgid "A new sentence."',
      'msgstr "Nova rečenica."',
      '',
    ].join('\n');
    const read = fromPo(po).messages;
    expect(read).toEqual({ 'word.timeline': 'Hronologija', 'data.text.A new sentence.': 'Nova rečenica.' });
    const next = updateSource(source, read);
    expect(next).toContain("  'data.text.A new sentence.': 'Nova rečenica.',\n} satisfies Translation;");
  });
});
