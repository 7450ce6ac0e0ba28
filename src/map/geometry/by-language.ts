/**
 * The map laid out once per language (at build time, through `plugin.ts`), from the one model: the
 * labels' lines are the countries' and cities' names in that language (words.ts, in the language set
 * here), and their places depend on their lengths.
 */
import type { Topology } from 'topojson-specification';
import type { Dataset } from '../../lib/data/schema.ts';
import { buildModel } from '../../lib/model/index.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import { setLanguage } from '../../i18n/index.ts';
import { layoutMaps } from './layout.ts';
import type { Aspect, MapLayout } from './types.ts';

// Loaded while this module is imported: the build's module runner closes once it is.
const catalogues = await Promise.all(LANGUAGES.map(async (language) => ({ language, messages: (await language.load()).default })));

export function layoutsByLanguage(topology: Topology, data: Dataset): Record<string, Record<Aspect, MapLayout>> {
  const out: Record<string, Record<Aspect, MapLayout>> = {};
  const [english] = catalogues;
  const model = buildModel(data);
  try {
    for (const { language, messages } of catalogues) {
      setLanguage(language, messages);
      out[language.code] = layoutMaps(topology, model);
    }
  } finally {
    setLanguage(english!.language, english!.messages);
  }
  return out;
}
