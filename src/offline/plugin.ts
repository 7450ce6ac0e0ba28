/**
 * Builds the service worker (`sw.js` at the root of the build) with the list of every file the
 * build emits, so the whole app and its data are cached on a first visit. A hand-written worker of
 * forty lines: the plugins made for this pull in rollup, whose platform packages this project's
 * registry does not all serve, which breaks `npm ci`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function serviceWorkerPlugin(publicDir: string): Plugin {
  return {
    name: 'pcocp:service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const files = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const publicFiles = readdirSync(publicDir).filter((f) => statSync(join(publicDir, f)).isFile());
      const precache = ['index.html', ...files.filter((f) => f !== 'index.html'), ...publicFiles].sort();
      const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)),
      });
    },
  };
}
