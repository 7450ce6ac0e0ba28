/**
 * The files of `data/` by name, and the one check the browser makes of the data bundle, without the
 * schema: the build validates every file (`validate-plugin.ts`) and writes the bundle from what it
 * validated, so the browser need not check it again; it checks that what came is what the build
 * wrote (its digest, `digestOf`), and names the bundle when it is not.
 */
import type { Dataset } from './schema.ts';

/** Every file in `data/`, in the order the build checks them (`schema.ts` gives each its schema). */
export const FILE_NAMES = [
  'sources.json',
  'themes.json',
  'members.json',
  'offices.json',
  'meetings.json',
  'secretariat.json',
  'board.json',
  'related-events.json',
  'osce-states.json',
  'disagreements.json',
  'cartography.json',
] as const;

export type FileName = (typeof FILE_NAMES)[number];

/** "related-events.json" → "relatedEvents" */
export function fieldOf(file: FileName): keyof Dataset {
  return file.replace(/\.json$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) as keyof Dataset;
}

/**
 * A digest of a bundle (the first 64 bits of the SHA-256 of its UTF-8 bytes, in hex), made by the
 * platform (Web Crypto, the same in Node and in the browser): in the page it is computed off the
 * script's own work (a hand-written hash of the first view's bundle was a task of 6 to 9 ms on a fast
 * host, before the model could be built). Not a defence against anyone (a host could change the script
 * as well): it tells a bundle cut short or altered on its way from the one the build checked. Null where
 * the platform has no digest: a page served over plain HTTP from another machine (not a secure
 * context), where the check is not made.
 */
export async function digestOf(bundle: string | BufferSource): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const bytes = typeof bundle === 'string' ? new TextEncoder().encode(bundle) : bundle;
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)).subarray(0, 8);
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The texts that only the views loaded later show (the timeline's meeting and event details, the
 * meetings' topics the theme chart counts, the sources list's notes, the Board's rule and duties, the
 * OSCE's field operations and note, the cartography's notes and the other land's names, which only
 * the build draws from): the fields that travel in a second bundle (`texts.json`), fetched with the
 * later views' code, not with the first view: of each record, where the file is a list of records with ids, else of the file's object.
 * Nothing the first view draws or the model is built from reads them (the model built without them
 * is the same, and draws the same first view: `test/unit/data/bundles.test.ts`).
 */
export const LATER_FIELDS = {
  'meetings.json': ['outcomes', 'notes', 'speakers', 'goals', 'aims', 'objectives', 'participants', 'support', 'outlook', 'organisers', 'topics'],
  'related-events.json': ['notes', 'speakers', 'attendance', 'summary', 'outcomes', 'organisers', 'support', 'participants'],
  'sources.json': ['covers', 'takenFrom', 'publisherNote', 'file'],
  'board.json': ['rule', 'duties'],
  'osce-states.json': ['fieldOperations', 'note'],
  'cartography.json': ['note', 'placesNote', 'otherLand', 'otherLandNote'],
} as const satisfies Partial<Record<FileName, readonly string[]>>;

/** The bundle's values, each file's by its name (`{"meetings.json": [...], ...}`). */
export type BundleValues = Record<string, unknown>;
type Fields = Record<string, unknown>;

const pick = (value: Fields, keys: readonly string[], keep: boolean): Fields => Object.fromEntries(Object.entries(value).filter(([key]) => keys.includes(key) === keep));

/**
 * The bundle split in two: the first view's (every file, without the later fields) and the later
 * texts (those fields: by record id, or the file's own). Neither input is changed.
 */
export function splitBundle(values: BundleValues): { first: BundleValues; later: BundleValues } {
  const first: BundleValues = { ...values };
  const later: BundleValues = {};
  for (const [file, fields] of Object.entries(LATER_FIELDS) as [string, readonly string[]][]) {
    const value = values[file] as Fields | (Fields & { id: string })[];
    if (Array.isArray(value)) {
      first[file] = value.map((record) => pick(record, fields, false));
      later[file] = Object.fromEntries(value.map((record) => [record.id, pick(record, fields, true)]));
    } else {
      first[file] = pick(value, fields, false);
      later[file] = pick(value, fields, true);
    }
  }
  return { first, later };
}

/** The whole bundle again, from its two parts (new values, the later fields after the others). */
export function joinBundles(first: BundleValues, later: BundleValues): BundleValues {
  const whole: BundleValues = { ...first };
  for (const file of Object.keys(LATER_FIELDS)) {
    const value = first[file] as Fields | (Fields & { id: string })[] | undefined;
    const texts = (later[file] ?? {}) as Fields;
    if (Array.isArray(value)) whole[file] = value.map((record) => ({ ...record, ...(texts[record.id] as Fields | undefined) }));
    else if (value) whole[file] = { ...value, ...texts };
  }
  return whole;
}
