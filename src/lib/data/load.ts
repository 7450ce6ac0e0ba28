/**
 * Loads the bundled data in the browser: the build emits every file in `data/` in one content-hashed
 * `data.json` (`validate-plugin.ts`), which is fetched once and validated with the same rules as the
 * build, a file per task.
 */
import dataUrl from 'virtual:data';
import type { Dataset, FileName } from './schema.ts';
import { validating } from './validate.ts';
import { yieldToMain } from '../ui/yield';
import { DataError } from './issues.ts';

/** What the bundle's own failures name: every file of `data/`. */
const ALL_FILES = '*.json';

/** Fetches and validates the data; rejects with a DataError naming each file, path and rule that failed. */
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
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch (error) {
    throw new DataError([{ file: ALL_FILES, path: '$', rule: `must be valid JSON (${(error as Error).message})` }]);
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) throw new DataError([{ file: ALL_FILES, path: '$', rule: 'must hold each file by its name' }]);
  // A file at a time, each in a task of its own: on a phone the whole took a task of about 60 ms.
  const steps = validating(values as Partial<Record<FileName, unknown>>);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await yieldToMain();
  }
}
