/**
 * Loads the bundled data in the browser: every file in `data/` is emitted by Vite as a
 * content-hashed asset, fetched, and validated with the same rules as the build.
 */
import { FILE_NAMES, type Dataset, type FileName } from './schema.ts';
import { validateDataset } from './validate.ts';
import { DataError } from './issues.ts';

const urls = import.meta.glob<string>('../../../data/*.json', { query: '?url', import: 'default', eager: true });

/** The hashed URL of each data file, by file name. */
export const DATA_URLS = Object.fromEntries(
  Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
) as Record<FileName, string>;

async function fetchText(file: FileName, signal?: AbortSignal): Promise<string> {
  const url = DATA_URLS[file];
  if (!url) throw new DataError([{ file, path: '$', rule: 'file is missing from the build' }]);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError([{ file, path: '$', rule: `could not be fetched (${(error as Error).message})` }]);
  }
  if (!response.ok) throw new DataError([{ file, path: '$', rule: `could not be fetched (HTTP ${response.status})` }]);
  return response.text();
}

/** Fetches and validates every data file; rejects with a DataError naming every file that failed. */
export async function loadDataset(signal?: AbortSignal): Promise<Dataset> {
  const results = await Promise.allSettled(FILE_NAMES.map((file) => fetchText(file, signal)));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length) {
    const other = failed.find((e) => !(e instanceof DataError));
    if (other) throw other;
    throw new DataError((failed as DataError[]).flatMap((e) => e.issues));
  }
  const texts = results.map((r) => (r as PromiseFulfilledResult<string>).value);
  return validateDataset(Object.fromEntries(FILE_NAMES.map((file, i) => [file, texts[i]])) as Record<FileName, string>);
}
