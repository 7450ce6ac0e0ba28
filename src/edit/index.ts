/**
 * The data editor's door: `main.ts` imports this small module on `?edit=1` only, and it loads the
 * editor's page, with its words in the page's language where that is not English (the English ones
 * come with the editor's code; another language's are not in its catalogue: `src/i18n/plugin.ts`).
 * The indirection keeps the list of the editor's own chunks (which the bundler writes beside a dynamic
 * import, to preload them) out of the first view's script.
 */
import { currentLanguage } from '../i18n';

const WORDS: Readonly<Record<string, () => Promise<unknown>>> = {
  'sr-Latn': () => import('virtual:i18n/editor/sr-Latn'),
  'sr-Cyrl': () => import('virtual:i18n/editor/sr-Cyrl'),
};

export const loadEditor = async () => (await Promise.all([import('./EditorPage.svelte'), WORDS[currentLanguage().code]?.()]))[0];
