/**
 * The catalogue keys of the data's own words: the names and labels that are this dashboard's, not the
 * sources' (meeting titles, cities, themes, the titles of related events, the prosecution offices'
 * names, the States' names, the map's Kosovo name, footnote and disclaimer, and the data's own sentences).
 * The data and the model keep them in English; the page puts them in its language where it shows them,
 * through one lookup (`lib/model/words.ts`, which reads these keys). Quotes, topics and the sources'
 * texts stay as written, in English (the page marks them `lang="en"`).
 */
import type { Dataset, Place } from './schema';

/**
 * The catalogue key of one of the data's own words, from its parts: `dataKey('country', 'GRC')` is
 * "data.country.GRC", `dataKey('meeting', id, 'title')` a meeting's title, `dataKey('text', english)`
 * one of the data's sentences (`dataKeys` lists them for the data; words.ts reads them).
 */
export const dataKey = (...parts: string[]): string => ['data', ...parts].join('.');

/**
 * The data's own sentences (not the sources': those are quotes, shown as written), by field: why a
 * date or a member is inferred, what a source covers, how a disagreement reads. A translation is the
 * catalogue's `data.text.` key followed by the English text itself (as gettext does), so the same
 * sentence is translated once, and a changed sentence asks for its translation again.
 */
const PROSE_FIELDS: ReadonlySet<string> = new Set(['reason', 'publisherNote', 'takenFrom', 'issuedText', 'covers', 'subject', 'officeText']);
/** Fields that are prose in these files only (elsewhere a `note` or a `role` is not shown, or quotes a source). */
const PROSE_IN: Readonly<Record<string, keyof Dataset>> = { note: 'disagreements', role: 'offices' };

/** Calls `visit` with every sentence of the data that is its own (see above). */
function eachProse(value: unknown, visit: (english: string) => void, within: string): void {
  if (Array.isArray(value)) for (const v of value) eachProse(v, visit, within);
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && (PROSE_FIELDS.has(key) || PROSE_IN[key] === within)) visit(v);
      else eachProse(v, visit, within);
    }
}

/** The catalogue keys a translation of this dataset needs, each with its English text. */
export function dataKeys(data: Dataset): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [file, value] of Object.entries(data)) eachProse(value, (english) => keys.set(dataKey('text', english), english), file);
  const place = (p: Place) => {
    if (p.kind === 'city') keys.set(dataKey('city', p.city), p.city);
  };
  for (const m of data.meetings) {
    keys.set(dataKey('meeting', m.id, 'title'), m.title);
    place(m.place);
  }
  for (const e of data.relatedEvents) {
    keys.set(dataKey('related', e.id, 'title'), e.title);
    place(e.place);
  }
  for (const p of data.cartography.places) keys.set(dataKey('city', p.city), p.city);
  for (const t of data.themes) {
    keys.set(dataKey('theme', t.id, 'label'), t.label);
    keys.set(dataKey('theme', t.id, 'description'), t.description);
  }
  for (const term of data.secretariat.terms) if (term.office) keys.set(dataKey('term', term.id, 'office'), term.office);
  for (const office of data.offices.named) keys.set(dataKey('office', office.id, 'name'), office.name);
  for (const state of data.osceStates.states) keys.set(dataKey('country', state.id), state.name);
  keys.set(dataKey('kosovo', 'name'), data.cartography.kosovo.name.text);
  keys.set(dataKey('kosovo', 'footnote'), data.cartography.kosovo.footnote.text);
  keys.set(dataKey('disclaimer'), data.cartography.disclaimer.text);
  return keys;
}
