/**
 * Loads the bundled data in the browser: the build validates every file in `data/` and emits what it
 * validated in one content-hashed `data.json` (`validate-plugin.ts`), which is fetched once. The
 * browser does not check it again (the schema and its library stay out of the page); it checks that
 * the bundle that came is the one the build wrote (its digest), and says so when it is not.
 */
import dataUrl, { digest } from 'virtual:data';
import type { Dataset } from './schema.ts';
import { FILE_NAMES, digestOf, fieldOf } from './files.ts';
import { DataError } from './issues.ts';
import { yieldToMain } from '../ui/yield';

/** What the bundle's own failures name: every file of `data/`. */
const ALL_FILES = '*.json';

/** Fetches the data; rejects with a DataError saying what went wrong (not fetched, not JSON, not the build's). */
export async function loadDataset(signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(dataUrl, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError([{ file: ALL_FILES, path: '$', rule: `could not be fetched (${(error as Error).message})` }]);
  }
  if (!response.ok) throw new DataError([{ file: ALL_FILES, path: '$', rule: `could not be fetched (HTTP ${response.status})` }]);
  const text = await response.text();
  let values: Record<string, unknown>;
  try {
    values = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new DataError([{ file: ALL_FILES, path: '$', rule: `must be valid JSON (${(error as Error).message})` }]);
  }
  // Reading the text and checking it, a task each: together one of 32 ms at 3x on a busy host.
  await yieldToMain();
  if (digest !== null && digestOf(text) !== digest)
    throw new DataError([{ file: ALL_FILES, path: '$', rule: 'is not the data this build checked (changed or cut short on its way)' }]);
  return Object.fromEntries(FILE_NAMES.map((file) => [fieldOf(file), values[file]])) as unknown as Dataset;
}
