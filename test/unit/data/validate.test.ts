import { describe, expect, it } from 'vitest';
import broken from '../../fixtures/broken-data.json';
import { validateDataset } from '../../../src/lib/data/validate';
import { DataError, formatIssue } from '../../../src/lib/data/issues';
import type { FileName } from '../../../src/lib/data/schema';
import { realDataset, realTexts } from './dataset';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every message the validator can give, read from its source: the schema's own messages (the last
 * string of a valibot action), and the rules validate.ts writes (a template's \`\${…}\` matches anything).
 */
function validatorMessages(): RegExp[] {
  const read = (file: string) => readFileSync(join(process.cwd(), 'src/lib/data', file), 'utf8');
  const quoted = [...read('schema.ts').matchAll(/'((?:end )?must [^']*|is [^']*)'/g)].map((m) => m[1]!);
  const templates = [...read('validate.ts').matchAll(/(?:rule: |return )`([^`]*)`/g), ...read('validate.ts').matchAll(/return '([^']*)'/g)].map((m) => m[1]!);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set([...quoted, ...templates])].map((message) => new RegExp(`^${message.split(/\$\{[^}]*\}/).map(escape).join('.*')}`));
}

interface Fixture {
  rule: string;
  file: FileName;
  raw?: string;
  set?: (string | number)[];
  value?: unknown;
  delete?: (string | number)[];
  expect: { path: string; rule: string };
}

/** Applies one deliberate break to a copy of the real files. */
function breakData(fixture: Fixture): Record<FileName, string> {
  const texts = realTexts();
  if (fixture.raw !== undefined) return { ...texts, [fixture.file]: fixture.raw };
  const json = JSON.parse(texts[fixture.file]) as unknown;
  const keys = (fixture.set ?? fixture.delete)!;
  let node = json as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = keys[keys.length - 1]!;
  if (fixture.set) node[last] = fixture.value;
  else if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return { ...texts, [fixture.file]: JSON.stringify(json) };
}

describe('the real data', () => {
  it('validates', () => {
    expect(() => realDataset()).not.toThrow();
  });

  it('has the facts the dashboard is built on', () => {
    const data = realDataset();
    expect(data.members).toHaveLength(13);
    expect(data.members.filter((m) => m.founding)).toHaveLength(10);
    expect(data.meetings.filter((m) => m.kind === 'conference').map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(data.meetings.filter((m) => m.kind === 'board')).toHaveLength(1);
    expect(data.osceStates.states).toHaveLength(57);
    expect(data.offices.count).toMatchObject({ offices: 14, countries: 13 });
    expect(data.disagreements.map((d) => d.id)).toEqual(expect.arrayContaining(['hungary-joined', 'board-established', 'secretariat-handover']));
  });
});

describe('a broken file fails with its file, JSON path and rule', () => {
  it.each((broken as Fixture[]).map((f) => [f.rule, f] as const))('%s', (_, fixture) => {
    let error: unknown;
    try {
      validateDataset(breakData(fixture));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const issues = (error as DataError).issues;
    const match = issues.find((i) => i.file === fixture.file && i.path === fixture.expect.path);
    expect(match, `issues were: ${issues.map(formatIssue).join('; ')}`).toBeDefined();
    expect(match!.rule).toContain(fixture.expect.rule);
    expect((error as DataError).message).toContain(`data/${fixture.file} at ${fixture.expect.path}`);
  });

  it('covers every rule the validator knows: each message it can give is given by some broken file', () => {
    const rules = (broken as Fixture[]).map((f) => f.rule);
    expect(new Set(rules).size).toBe(rules.length);
    // What the fixtures make the validator say.
    const said = (broken as Fixture[]).flatMap((fixture) => {
      try {
        validateDataset(breakData(fixture));
        return [];
      } catch (error) {
        return (error as DataError).issues.map((i) => i.rule);
      }
    });
    const missing = validatorMessages().filter((message) => !said.some((rule) => message.test(rule)));
    expect(missing.map(String)).toEqual([]);
  });
});

describe('the data bundles the browser loads (every file by its name; the later texts apart)', () => {
  it('are what the build validated, each file by its name: the browser need not check them again', async () => {
    const { dataBundles } = await import('../../../src/lib/data/validate-plugin');
    const { joinBundles, LATER_FIELDS } = await import('../../../src/lib/data/files');
    const { validateValues, fieldOf } = await import('../../../src/lib/data/validate');
    const bundles = dataBundles(join(process.cwd(), 'data'));
    const [first, later] = [JSON.parse(bundles.first), JSON.parse(bundles.later)] as Record<string, unknown>[];
    // The first view's bundle has none of the later fields; the later one nothing else.
    for (const [file, fields] of Object.entries(LATER_FIELDS)) {
      // A list of records: each without them, and the texts by record id; else the file's own.
      const records = [first![file]].flat() as Record<string, unknown>[];
      const texts = Array.isArray(first![file]) ? Object.values(later![file] as Record<string, Record<string, unknown>>) : [later![file] as Record<string, unknown>];
      for (const record of records) for (const field of fields) expect(record, `${file} ${field}`).not.toHaveProperty(field);
      for (const text of texts) expect(fields).toEqual(expect.arrayContaining(Object.keys(text)));
      expect(texts.some((text) => Object.keys(text).length > 0), file).toBe(true);
    }
    expect(Object.keys(later!)).toEqual(Object.keys(LATER_FIELDS));
    const bundle = joinBundles(first!, later!);
    const texts = realTexts();
    expect(Object.keys(bundle)).toEqual(Object.keys(texts));
    const dataset = realDataset();
    for (const file of Object.keys(texts) as FileName[]) expect(bundle[file], file).toEqual(dataset[fieldOf(file)]);
    expect(validateValues(bundle as Record<FileName, unknown>)).toEqual(dataset);
  });

  it('are refused by the build when a file does not validate', async () => {
    const { dataBundles } = await import('../../../src/lib/data/validate-plugin');
    const dir = mkdtempSync(join(tmpdir(), 'pcocp-data-'));
    for (const [file, text] of Object.entries(realTexts())) writeFileSync(join(dir, file), file === 'themes.json' ? '[{"id": "Theme 1"}]' : text);
    expect(() => dataBundles(dir)).toThrow('data/themes.json at $[0]');
  });

  it('names a file missing from it', async () => {
    const { validateValues } = await import('../../../src/lib/data/validate');
    const texts = realTexts();
    const values = Object.fromEntries(Object.entries(texts).filter(([file]) => file !== 'themes.json').map(([file, text]) => [file, JSON.parse(text) as unknown]));
    expect(() => validateValues(values)).toThrow('data/themes.json at $: file is missing from the build');
  });
});

describe('the digest that tells the bundle the build wrote (files.ts)', () => {
  it('changes with any change to the text, its length or one character', async () => {
    const { digestOf } = await import('../../../src/lib/data/files');
    const text = JSON.stringify({ 'themes.json': [{ id: 'a', label: 'Čas', description: 'x' }] });
    const digest = await digestOf(text);
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    // The same of the text and of its UTF-8 bytes (the build digests the text, the page the bytes that came).
    expect(await digestOf(new TextEncoder().encode(text))).toBe(digest);
    const changed = [text.slice(0, -1), `${text} `, text.replace('a', 'b'), text.replace('Č', 'C')];
    for (const other of changed) expect(await digestOf(other), other).not.toBe(digest);
  });

  it('is the same list of files as the schema gives', async () => {
    const { FILE_NAMES } = await import('../../../src/lib/data/files');
    const { FILES } = await import('../../../src/lib/data/schema');
    expect([...FILE_NAMES]).toEqual(Object.keys(FILES));
  });

  it('is all the browser takes from lib/data to load it: no schema, no valibot in the page', () => {
    const read = (file: string) => readFileSync(join(process.cwd(), 'src/lib/data', file), 'utf8');
    for (const file of ['load.ts', 'files.ts', 'issues.ts']) {
      const imports = [...read(file).matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]!);
      expect(imports.filter((path) => /valibot|schema|validate/.test(path)), file).toEqual([]);
    }
  });
});
