import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('npm run build', () => {
  it('fails on an invalid data file, naming the file, the JSON path and the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pcocp-build-'));
    try {
      for (const entry of ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'svelte.config.js', 'tsconfig.json', 'package.json']) {
        cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const file = join(dir, 'data', 'meetings.json');
      const meetings = JSON.parse(readFileSync(file, 'utf8')) as { when: { start: string } }[];
      meetings[5]!.when.start = '2019-6-4';
      writeFileSync(file, JSON.stringify(meetings, null, 2));

      const run = spawnSync(join(dir, 'node_modules/.bin/vite'), ['build', '--outDir', join(dir, 'out')], { cwd: dir, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(`${run.stdout}${run.stderr}`).toContain(
        'data/meetings.json at $[5].when.start: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
