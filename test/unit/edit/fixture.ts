/**
 * The published data and the test-only source (test/fixtures/editor/) saved into a copy of it, as the
 * editor saves a source: the ground of the editor's unit tests. Never written to data/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFolder } from '../../../src/edit/plugin';
import { valuesOf } from '../../../src/edit/rules';
import { emptySource, sourceEntry, sourceFileName, type SourceForm } from '../../../src/edit/facts';
import { writeJson, type DataFiles } from '../../../src/edit/files';
import type { Json } from '../../../src/lib/data/sources-check';

export const PUBLISHED = readDataFolder(join(process.cwd(), 'data'));
const FIXTURE = readFileSync(join(process.cwd(), 'test/fixtures/editor/test-only-source.txt'), 'utf8');

export const sourceForm = (change: Partial<SourceForm> = {}): SourceForm => ({
  ...emptySource(),
  title: 'TEST ONLY: a made-up source',
  publisherNote: 'A test fixture: it names none.',
  issued: '2026-04-09',
  issuedQuote: 'Testfixture City, 9 April 2026',
  address: 'test/fixtures/editor/test-only-source.txt',
  covers: 'Nothing.',
  text: FIXTURE,
  ...change,
});

/** The published files with the fixture source saved (as the editor saves it). */
export function withFixture(): DataFiles {
  const list = valuesOf(PUBLISHED)['sources.json'] as Json[];
  const file = sourceFileName(list.map((s) => (s as { file: string }).file), FIXTURE);
  return { ...PUBLISHED, [`data/sources/${file}`]: FIXTURE, 'data/sources.json': writeJson([...list, sourceEntry(sourceForm(), 'test-only', file)]) };
}

/** The rules broken, each as "field: rule". */
export const rulesOn = (problems: readonly { field: string; rule: string }[]) => problems.map((p) => `${p.field}: ${p.rule}`);
