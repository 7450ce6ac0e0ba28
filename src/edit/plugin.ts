/**
 * The published data as the editor starts from it: every file of `data/` (the JSON files, the source
 * texts and their README) as it is on disk, by its path (`data/meetings.json`), in one content-hashed
 * asset whose URL `virtual:data-files` gives. Only the editor (`?edit=1`) imports it: the first view and
 * the embeds load the validated bundle (`lib/data/validate-plugin.ts`), never this.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { DataFiles } from './files';

/** Every file under `dir`, by its path from `dir`'s parent ("data/sources/000_….txt"), in sorted order. */
export function readDataFolder(dir: string): DataFiles {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[`data/${relative(dir, path).split('\\').join('/')}`] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const ID = 'virtual:data-files';
const RESOLVED = `\0${ID}`;
const DEV_URL = '/@pcocp/data-files.json';

export function dataFilesPlugin(dir: string): Plugin {
  let serve = false;
  return {
    name: 'pcocp:data-files',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return;
      if (serve) return `export default ${JSON.stringify(DEV_URL)};`;
      return `export default import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: 'data-files.json', source: JSON.stringify(readDataFolder(dir)) })};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== DEV_URL) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(readDataFolder(dir)));
      });
    },
  };
}
