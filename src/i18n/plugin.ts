/**
 * The build fails on a catalogue that lacks a key of the English one, or has one it does not
 * (a type error says so too, in the editor and in svelte-check), naming the file and the key.
 *
 * It also splits the English catalogue for the page (`split.ts`): the first view's words in `en.ts`,
 * the rest in modules by folder that each module using one of their words imports, so that they come
 * with the code loaded later; and it fails when the later words would be in the first view's chunks.
 * Another language's catalogue is loaded whole when the page is in it, but for the data editor's words
 * (`edit.…`): they come with the editor's door (`src/edit/index.ts`, `EDITOR_WORDS`), so that a visitor of
 * the dashboard in Serbian does not carry them.
 */
import MagicString from 'magic-string';
import type { Plugin, Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import en from './en.ts';
import { LANGUAGES } from './languages.ts';
import { LATER_WORDS, entries, keysIn, splitCatalogue, usesWords } from './split.ts';

export async function catalogueProblems(): Promise<string[]> {
  const keys = Object.keys(en);
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    const catalogue = (await language.load()).default as Record<string, unknown>;
    const file = `src/i18n/${language.code}.ts`;
    for (const key of keys) if (!(key in catalogue)) problems.push(`${file}: key "${key}" is missing (every key of src/i18n/en.ts is required)`);
    for (const key of Object.keys(catalogue)) if (!(key in en) && !key.startsWith('data.')) problems.push(`${file}: key "${key}" is not in src/i18n/en.ts`);
  }
  return problems;
}

const EN_FILE = fileURLToPath(new URL('./en.ts', import.meta.url));
const INDEX_FILE = fileURLToPath(new URL('./index.ts', import.meta.url));
const ENTRY = fileURLToPath(new URL('../main.ts', import.meta.url));
const RESOLVED_LATER = `\0${LATER_WORDS}`;
/** The editor's words in a language other than English: `virtual:i18n/editor/sr-Latn`. */
export const EDITOR_WORDS = 'virtual:i18n/editor/';
const RESOLVED_EDITOR = `\0${EDITOR_WORDS}`;
const isEditorWord = (key: string) => key.startsWith('edit.');
/**
 * Each catalogue file written by hand but English's, by its path. One made from another (the Cyrillic
 * from the Latin) is left as it is: it is made from the other as the build writes that one.
 */
const LANGUAGE_FILES = new Map(
  LANGUAGES.filter((l) => l.code !== 'en')
    .map((l) => [fileURLToPath(new URL(`./${l.code}.ts`, import.meta.url)), l] as const)
    .filter(([file]) => !/^import \w+ from '\.\/[\w-]+\.ts';$/m.test(readFileSync(file, 'utf8'))),
);

/** A language's catalogue as the build makes it, its editor's words or the rest. */
async function catalogueOf(code: string, editor: boolean): Promise<string> {
  const language = LANGUAGES.find((l) => l.code === code);
  if (!language || code === 'en') throw new Error(`No catalogue of the editor's words for "${code}"`);
  const catalogue = (await language.load()).default as Record<string, unknown>;
  return entries(catalogue, new Set(Object.keys(catalogue).filter((key) => isEditorWord(key) === editor)));
}

export function cataloguePlugin(): Plugin[] {
  let split: ReturnType<typeof splitCatalogue> = { first: new Set(), parts: new Map() };
  /** Each later key's part. */
  let partOf = new Map<string, string>();
  return [
    {
      name: 'pcocp:catalogues-editor-words',
      resolveId: (id) => (id.startsWith(EDITOR_WORDS) ? `\0${id}` : undefined),
      async load(id) {
        if (id.startsWith(RESOLVED_EDITOR)) return `import { addWords } from ${JSON.stringify(INDEX_FILE)};\naddWords(${await catalogueOf(id.slice(RESOLVED_EDITOR.length), true)});`;
      },
    },
    {
      name: 'pcocp:catalogues',
      apply: 'build',
      async buildStart() {
        const problems = await catalogueProblems();
        if (problems.length) this.error(`Message catalogues incomplete:\n${problems.join('\n')}`);
        split = splitCatalogue(en, ENTRY);
        partOf = new Map([...split.parts].flatMap(([part, keys]) => [...keys].map((key) => [key, part] as const)));
      },
      resolveId: (id) => (id.startsWith(LATER_WORDS) ? `\0${id}` : undefined),
      async load(id) {
        if (id === EN_FILE) return `export default ${entries(en, split.first)};`;
        const language = LANGUAGE_FILES.get(id);
        if (language) return `export default ${await catalogueOf(language.code, false)};`;
        if (!id.startsWith(RESOLVED_LATER)) return;
        const keys = split.parts.get(id.slice(RESOLVED_LATER.length));
        if (!keys) this.error(`No such part of the later words: ${id.slice(1)}`);
        return `import { addEnglish } from ${JSON.stringify(INDEX_FILE)};\naddEnglish(${entries(en, keys)});`;
      },
    },
    {
      // After Svelte has compiled its components: the imports go at the top of a module's JavaScript.
      name: 'pcocp:catalogues-later-words',
      apply: 'build',
      enforce: 'post',
      transform(code, id) {
        const file = id.split('?')[0]!;
        if (id.includes('?') || !usesWords(file) || !file.includes('/src/')) return;
        const parts = new Set([...keysIn(code, new Set(partOf.keys()))].map((key) => partOf.get(key)!));
        if (!parts.size) return;
        const out = new MagicString(code).prepend([...parts].sort().map((part) => `import ${JSON.stringify(LATER_WORDS + part)};\n`).join(''));
        return { code: out.toString(), map: out.generateMap({ hires: true }) };
      },
      generateBundle(_, bundle) {
        const chunks = bundle as unknown as Rolldown.OutputBundle;
        const first = new Set<string>();
        const visit = (file: string) => {
          const chunk = chunks[file];
          if (!chunk || chunk.type !== 'chunk' || first.has(file)) return;
          first.add(file);
          chunk.imports.forEach(visit);
        };
        for (const [file, item] of Object.entries(chunks)) if (item.type === 'chunk' && item.isEntry) visit(file);
        const modules = [...first].flatMap((file) => (chunks[file] as Rolldown.OutputChunk).moduleIds);
        if (!modules.some((id) => id.startsWith(RESOLVED_LATER))) return;
        const users = modules.filter((id) => this.getModuleInfo(id)?.importedIds.some((imported) => imported.startsWith(RESOLVED_LATER)));
        this.error(`The later views' English words are in the first view: ${users.join(', ')} (in the first view) names some of them, but src/i18n/split.ts did not find it among main.ts's imports.`);
      },
    },
  ];
}
