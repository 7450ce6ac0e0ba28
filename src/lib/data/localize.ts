/**
 * The data's own words in another language: the names and labels that are this dashboard's, not the
 * sources' (meeting titles, cities, themes, the titles of related events, the prosecution offices'
 * names in that language, the map's Kosovo name, footnote and disclaimer), from the catalogue's `data.…` keys;
 * the participating States' names from its `data.country.…` keys, as the OSCE writes them in that
 * language ("Sveta Stolica", "Ruska Federacija"), or else from `Intl.DisplayNames` by their ISO 3166-1
 * alpha-2 code (osce-states.json). Quotes, topics, the sources' texts and the data's notes stay as written, in
 * English (the page marks them `lang="en"`).
 * The model is built from the dataset this returns, so every view, figure and caption says the same.
 */
import type { Dataset, Place } from './schema';
import type { Message } from '../../i18n';

/**
 * The data's own sentences (not the sources': those are quotes, shown as written), by field: why a
 * date or a member is inferred, what a source covers, how a disagreement reads. A translation is the
 * catalogue's `data.text.` key followed by the English text itself (as gettext does), so the same
 * sentence is translated once, and a changed sentence asks for its translation again.
 */
const PROSE_FIELDS = new Set(['reason', 'publisherNote', 'takenFrom', 'issuedText', 'covers', 'subject', 'officeText']);
/** Fields that are prose in these files only (elsewhere a `note` or a `role` is not shown, or quotes a source). */
const PROSE_IN: Record<string, keyof Dataset> = { note: 'disagreements', role: 'offices' };

/** Every sentence of the data that is its own (see above), each called with a function that gives its translation. */
function mapProse<T>(value: T, translate: (english: string) => string, within: string): T {
  if (Array.isArray(value)) return value.map((v) => mapProse(v, translate, within)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const prose = typeof v === 'string' && (PROSE_FIELDS.has(key) || PROSE_IN[key] === within);
    out[key] = prose ? translate(v as string) : mapProse(v, translate, within);
  }
  return out as T;
}

const proseKey = (english: string) => `data.text.${english}`;

/** The catalogue keys a translation of this dataset needs, each with its English text. */
export function dataKeys(data: Dataset): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [file, value] of Object.entries(data)) mapProse(value, (english) => (keys.set(proseKey(english), english), english), file);
  const place = (p: Place) => {
    if (p.kind === 'city') keys.set(`data.city.${p.city}`, p.city);
  };
  for (const m of data.meetings) {
    keys.set(`data.meeting.${m.id}.title`, m.title);
    place(m.place);
  }
  for (const e of data.relatedEvents) {
    keys.set(`data.related.${e.id}.title`, e.title);
    place(e.place);
  }
  for (const p of data.cartography.places) keys.set(`data.city.${p.city}`, p.city);
  for (const t of data.themes) {
    keys.set(`data.theme.${t.id}.label`, t.label);
    keys.set(`data.theme.${t.id}.description`, t.description);
  }
  for (const term of data.secretariat.terms) if (term.office) keys.set(`data.term.${term.id}.office`, term.office);
  for (const office of data.offices.named) keys.set(`data.office.${office.id}.name`, office.name);
  for (const state of data.osceStates.states) keys.set(`data.country.${state.id}`, state.name);
  keys.set('data.kosovo.name', data.cartography.kosovo.name.text);
  keys.set('data.kosovo.footnote', data.cartography.kosovo.footnote.text);
  keys.set('data.disclaimer', data.cartography.disclaimer.text);
  return keys;
}

/** The dataset with its own words in the language of `messages` (see above); the data is not changed. */
export function localizeDataset(data: Dataset, messages: Readonly<Record<string, Message>>, locale: string): Dataset {
  const word = (key: string, english: string) => {
    const m = messages[key];
    return typeof m === 'string' ? m : english;
  };
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const alpha2 = new Map(data.osceStates.states.map((s) => [s.id, s.alpha2]));
  const country = (id: string, english: string) => {
    const own = messages[`data.country.${id}`];
    if (typeof own === 'string') return own;
    const code = alpha2.get(id);
    return (code && regions.of(code)) || english;
  };
  const place = <P extends Place>(p: P): P => (p.kind === 'city' ? { ...p, city: word(`data.city.${p.city}`, p.city) } : p);
  const { cartography } = data;
  const prose = Object.fromEntries(Object.entries(data).map(([file, value]) => [file, mapProse(value, (english) => word(proseKey(english), english), file)])) as unknown as Dataset;
  return {
    ...prose,
    members: prose.members.map((m) => ({ ...m, name: country(m.id, m.name) })),
    osceStates: { ...data.osceStates, states: data.osceStates.states.map((s) => ({ ...s, name: country(s.id, s.name) })) },
    meetings: prose.meetings.map((m) => ({ ...m, title: word(`data.meeting.${m.id}.title`, m.title), place: place(m.place) })),
    relatedEvents: prose.relatedEvents.map((e) => ({ ...e, title: word(`data.related.${e.id}.title`, e.title), place: place(e.place) })),
    secretariat: { ...prose.secretariat, terms: prose.secretariat.terms.map((term) => ({ ...term, office: term.office && word(`data.term.${term.id}.office`, term.office) })) },
    offices: { ...prose.offices, named: prose.offices.named.map((o) => ({ ...o, name: word(`data.office.${o.id}.name`, o.name) })) },
    themes: data.themes.map((t) => ({ ...t, label: word(`data.theme.${t.id}.label`, t.label), description: word(`data.theme.${t.id}.description`, t.description) })),
    cartography: {
      ...cartography,
      places: cartography.places.map((p) => ({ ...p, city: word(`data.city.${p.city}`, p.city) })),
      kosovo: {
        ...cartography.kosovo,
        name: { ...cartography.kosovo.name, text: word('data.kosovo.name', cartography.kosovo.name.text) },
        footnote: { ...cartography.kosovo.footnote, text: word('data.kosovo.footnote', cartography.kosovo.footnote.text) },
      },
      disclaimer: { ...cartography.disclaimer, text: word('data.disclaimer', cartography.disclaimer.text) },
    },
  };
}
