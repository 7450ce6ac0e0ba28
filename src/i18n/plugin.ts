/**
 * The build fails on a catalogue that lacks a key of the English one, or has one it does not
 * (a type error says so too, in the editor and in svelte-check), naming the file and the key.
 */
import type { Plugin } from 'vite';
import en from './en.ts';
import { LANGUAGES } from './languages.ts';

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

export function cataloguePlugin(): Plugin {
  return {
    name: 'pcocp:catalogues',
    apply: 'build',
    async buildStart() {
      const problems = await catalogueProblems();
      if (problems.length) this.error(`Message catalogues incomplete:\n${problems.join('\n')}`);
    },
  };
}
