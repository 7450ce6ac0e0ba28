/**
 * A Vite plugin that validates every file in `data/` when the build starts (and again in dev when a
 * file changes), so that invalid data fails `npm run build` with the file, the JSON path and the rule.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FILE_NAMES, type FileName } from './schema.ts';
import { validateDataset } from './validate.ts';
import { DataError } from './issues.ts';

export function readDataTexts(dir: string): Record<FileName, string> {
  const missing = FILE_NAMES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length) throw new DataError(missing.map((file) => ({ file, path: '$', rule: 'file is missing' })));
  return Object.fromEntries(FILE_NAMES.map((file) => [file, readFileSync(join(dir, file), 'utf8')])) as Record<FileName, string>;
}

export function validateData(dir: string): void {
  validateDataset(readDataTexts(dir));
}

export function validateDataPlugin(dir: string): Plugin {
  return {
    name: 'pcocp:validate-data',
    buildStart() {
      try {
        validateData(dir);
      } catch (error) {
        this.error(error instanceof DataError ? error.message : String(error));
      }
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dir) || !file.endsWith('.json')) return;
      try {
        validateData(dir);
      } catch (error) {
        server.config.logger.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
