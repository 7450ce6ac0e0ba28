/** Reads the real data files, for tests that validate them or break them on purpose. */
import { join } from 'node:path';
import { readDataTexts } from '../../../src/lib/data/validate-plugin';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Dataset, FileName } from '../../../src/lib/data/schema';

// From the project's root (where npm runs the tests), not import.meta.url: under jsdom it is no file URL.
export const DATA_DIR = join(process.cwd(), 'data');

export function realTexts(): Record<FileName, string> {
  return readDataTexts(DATA_DIR);
}

export function realDataset(): Dataset {
  return validateDataset(realTexts());
}
