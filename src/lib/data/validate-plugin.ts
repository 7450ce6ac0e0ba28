/**
 * A Vite plugin that validates every file in `data/` when the build starts (and again in dev when a
 * file changes), so that invalid data fails `npm run build` with the file, the JSON path and the rule.
 *
 * It also bundles the files for the browser: one content-hashed `data.json` holding each file's value
 * by its name (`{"sources.json": [...], ...}`) as the schema gives it back (texts trimmed), whose URL
 * and digest the app imports from `virtual:data` (one request instead of eleven: README, "Speed and
 * size"). What the build validated is what the browser gets: it does not check it again, only that
 * the bundle that came is that one (its digest, `files.ts`).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FILE_NAMES, digestOf, fieldOf, type FileName } from './files.ts';
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

const ID = 'virtual:data';
const RESOLVED = `\0${ID}`;
/** Where the dev server serves the bundle (the build emits it as a hashed asset instead). */
export const DATA_DEV_URL = '/@pcocp/data.json';
/** The bundle's name as the build emits it (`assets/data-<hash>.json`). */
export const DATA_BUNDLE = 'data.json';

/**
 * The data files as the browser loads them: each file's validated value by its name, in one JSON
 * text. Throws a DataError when a file does not validate.
 */
export function dataBundle(dir: string): string {
  const data = validateDataset(readDataTexts(dir));
  return JSON.stringify(Object.fromEntries(FILE_NAMES.map((file) => [file, data[fieldOf(file)]])));
}

export function validateDataPlugin(dir: string): Plugin {
  let serve = false;
  return {
    name: 'pcocp:validate-data',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      // The dev server serves the files as they are now (checked as it serves them: a file that does
      // not validate answers 500, the issues in the terminal): no digest to hold it to.
      if (serve) return `export default ${JSON.stringify(DATA_DEV_URL)};\nexport const digest = null;`;
      const source = dataBundle(dir);
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: DATA_BUNDLE, source })};\nexport const digest = ${JSON.stringify(digestOf(source))};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== DATA_DEV_URL) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          res.end(dataBundle(dir));
        } catch (error) {
          if (error instanceof DataError) server.config.logger.error(error.message);
          next(error);
        }
      });
    },
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
