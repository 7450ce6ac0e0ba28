/**
 * Loads the bundled data in the browser: the build validates every file in `data/` and emits what it
 * validated as two content-hashed bundles (`validate-plugin.ts`): the first view's (`data.json`) and
 * the texts only the views loaded later show (`texts.json`, fetched with their code). The browser does
 * not check them again (the schema and its library stay out of the page); it checks that each bundle
 * that came is the one the build wrote (its digest), and says so when it is not.
 */
import dataUrl, { digest, texts as textsUrl, textsDigest } from 'virtual:data';
import type { Dataset } from './schema.ts';
import { FILE_NAMES, digestOf, fieldOf, joinBundles, type BundleValues } from './files.ts';
import { DataError } from './issues.ts';

/** What the bundles' own failures name: every file of `data/`. */
const ALL_FILES = '*.json';

/** Fetches a bundle; rejects with a DataError saying what went wrong (not fetched, not JSON, not the build's). */
async function loadBundle(url: string, built: string | null, signal?: AbortSignal): Promise<BundleValues> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError([{ file: ALL_FILES, path: '$', rule: `could not be fetched (${(error as Error).message})` }]);
  }
  if (!response.ok) throw new DataError([{ file: ALL_FILES, path: '$', rule: `could not be fetched (HTTP ${response.status})` }]);
  // Its bytes, for the digest; the text read from them.
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  let values: BundleValues;
  try {
    values = JSON.parse(text) as BundleValues;
  } catch (error) {
    throw new DataError([{ file: ALL_FILES, path: '$', rule: `must be valid JSON (${(error as Error).message})` }]);
  }
  // Checked by the platform, off the script's work (`digestOf`): the page is free meanwhile.
  const came = built === null ? null : await digestOf(bytes);
  if (came !== null && came !== built)
    throw new DataError([{ file: ALL_FILES, path: '$', rule: 'is not the data this build checked (changed or cut short on its way)' }]);
  return values;
}

/** The first view's bundle: every file of `data/`, without the later texts. */
export const loadFirstBundle = (signal?: AbortSignal): Promise<BundleValues> => loadBundle(dataUrl, digest, signal);

/** The later texts' bundle (`files.ts`, `LATER_FIELDS`). */
export const loadTextsBundle = (signal?: AbortSignal): Promise<BundleValues> => loadBundle(textsUrl, textsDigest, signal);

/** The dataset of a bundle's values (the first view's, or the two joined: the whole). */
export function datasetOf(values: BundleValues, texts?: BundleValues): Dataset {
  const whole = texts ? joinBundles(values, texts) : values;
  return Object.fromEntries(FILE_NAMES.map((file) => [fieldOf(file), whole[file]])) as unknown as Dataset;
}
