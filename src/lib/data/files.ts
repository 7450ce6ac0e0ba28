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
 * A digest of a text (32-bit FNV-1a over its UTF-16 code units, with its length, in hex): the same in
 * Node and in the browser, and about a millisecond for the bundle on a phone. Not a defence against
 * anyone (a host could change the script as well): it tells a bundle cut short or altered on its way
 * from the one the build checked.
 */
export function digestOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(16)}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
