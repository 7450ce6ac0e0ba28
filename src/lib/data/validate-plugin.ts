/**
 * A Vite plugin that validates every file in `data/` when the build starts (and again in dev when a
 * file changes), so that invalid data fails `npm run build` with the file, the JSON path and the rule.
 *
 * It also bundles the files for the browser: a content-hashed `data.json` holding each file's value
 * by its name (`{"sources.json": [...], ...}`) as the schema gives it back (texts trimmed), but for the
 * texts only the views loaded later show, which are in `texts.json` (`LATER_FIELDS`, `splitBundle`:
 * the first view does without them); the app imports both URLs and digests from `virtual:data` (two
 * requests instead of eleven: README, "Speed and size"). What the build validated is what the browser
 * gets: it does not check it again, only that each bundle that came is that one (its digest, `files.ts`).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { FILE_NAMES, digestOf, fieldOf, splitBundle, type FileName } from './files.ts';
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
/** Where the dev server serves the bundles (the build emits them as hashed assets instead). */
export const DATA_DEV_URL = '/@pcocp/data.json';
export const TEXTS_DEV_URL = '/@pcocp/texts.json';
/** The first view's bundle's name as the build emits it (`assets/data-<hash>.json`). */
export const DATA_BUNDLE = 'data.json';
/** The later texts' bundle's name (`assets/texts-<hash>.json`). */
export const TEXTS_BUNDLE = 'texts.json';

/**
 * The data files as the browser loads them, as two JSON texts: each file's validated value by its
 * name, without the later texts (`first`), and those texts (`later`). Throws a DataError when a file
 * does not validate.
 */
export function dataBundles(dir: string): { first: string; later: string } {
  const data = validateDataset(readDataTexts(dir));
  const { first, later } = splitBundle(Object.fromEntries(FILE_NAMES.map((file) => [file, data[fieldOf(file)]])));
  return { first: JSON.stringify(first), later: JSON.stringify(later) };
}

export function validateDataPlugin(dir: string): Plugin {
  let serve = false;
  return {
    name: 'pcocp:validate-data',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return;
      // The dev server serves the files as they are now (checked as it serves them: a file that does
      // not validate answers 500, the issues in the terminal): no digest to hold it to.
      if (serve) return `export default ${JSON.stringify(DATA_DEV_URL)};\nexport const digest = null;\nexport const texts = ${JSON.stringify(TEXTS_DEV_URL)};\nexport const textsDigest = null;`;
      const { first, later } = dataBundles(dir);
      const url = (name: string, source: string) => `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source })}`;
      return [
        `export default ${url(DATA_BUNDLE, first)};`,
        `export const digest = ${JSON.stringify(await digestOf(first))};`,
        `export const texts = ${url(TEXTS_BUNDLE, later)};`,
        `export const textsDigest = ${JSON.stringify(await digestOf(later))};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== DATA_DEV_URL && req.url !== TEXTS_DEV_URL) return next();
        try {
          res.setHeader('Content-Type', 'application/json');
          const { first, later } = dataBundles(dir);
          res.end(req.url === DATA_DEV_URL ? first : later);
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
