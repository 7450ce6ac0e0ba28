/** Reads the real data files, for tests that validate them or break them on purpose. */
import { fileURLToPath } from 'node:url';
import { readDataTexts } from '../../../src/lib/data/validate-plugin';
import { validateDataset } from '../../../src/lib/data/validate';
import type { Dataset, FileName } from '../../../src/lib/data/schema';

export const DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export function realTexts(): Record<FileName, string> {
  return readDataTexts(DATA_DIR);
}

export function realDataset(): Dataset {
  return validateDataset(realTexts());
}
