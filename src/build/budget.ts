/**
 * Size budgets the build must hold. After the bundle is written, the gzipped bytes of the JavaScript
 * and of everything the first view loads (HTML, JS, CSS, data, geometry) are summed; over budget,
 * the build fails and says by how much. The figures are set from `npm run bench` (see README).
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface Budget {
  /** Gzipped bytes of all JavaScript the first view loads. */
  js: number;
  /** Gzipped bytes of everything the first view loads. */
  total: number;
}

export function budgetPlugin(budget: Budget): Plugin {
  return {
    name: 'pcocp:budget',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      // For profiling builds only (unminified, with source maps): PCOCP_SKIP_BUDGET=1.
      if (process.env.PCOCP_SKIP_BUDGET) return this.warn('size budget not checked (PCOCP_SKIP_BUDGET)');
      let js = 0;
      let total = 0;
      const lines: string[] = [];
      for (const [file, item] of Object.entries(bundle)) {
        // Lazily loaded chunks (dynamic imports) are not part of the first view.
        if (item.type === 'chunk' && !item.isEntry && item.isDynamicEntry) continue;
        if (file.endsWith('.map') || file.startsWith('sw') || file.includes('workbox')) continue;
        const source = item.type === 'chunk' ? item.code : item.source;
        const bytes = gzipSync(typeof source === 'string' ? Buffer.from(source) : Buffer.from(source)).length;
        total += bytes;
        if (file.endsWith('.js')) js += bytes;
        lines.push(`${file}: ${bytes} B gzip`);
      }
      const over: string[] = [];
      if (js > budget.js) over.push(`JavaScript is ${js} B gzip, over its budget of ${budget.js} B`);
      if (total > budget.total) over.push(`the first view is ${total} B gzip, over its budget of ${budget.total} B`);
      if (over.length) this.error(`Size budget exceeded: ${over.join('; ')}.\n${lines.join('\n')}`);
      this.info(`size budget held: JS ${js}/${budget.js} B gzip, first view ${total}/${budget.total} B gzip (index.html not counted here)`);
    },
  };
}
