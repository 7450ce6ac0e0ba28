/**
 * The languages the dashboard speaks. Adding one is a catalogue file (a copy of `sr-Latn.ts`,
 * translated) and a line here; see README, "Adding a language".
 */
import type { Translation } from './index.ts';
import en from './en.ts';

export interface Language {
  /** Its code in `?lang=` and in `<html lang>`: a BCP 47 tag. */
  readonly code: string;
  /** Its own name for itself, on the switch. */
  readonly name: string;
  /** The locale its dates, numbers and lists are written in (`Intl`). */
  readonly locale: string;
  /** Its catalogue, loaded when the page is in it (English is always in the page). */
  readonly load: () => Promise<{ default: Translation }>;
}

export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB', load: async () => ({ default: en }) },
  { code: 'sr-Latn', name: 'Srpski', locale: 'sr-Latn', load: () => import('./sr-Latn.ts') },
  { code: 'sr-Cyrl', name: 'Српски', locale: 'sr-Cyrl', load: () => import('./sr-Cyrl.ts') },
] as const satisfies readonly Language[];
