import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { toCsv } from '../../../src/export/csv';
import { buildModel } from '../../../src/lib/model';
import { LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage } from '../../../src/i18n';
import en from '../../../src/i18n/en';

const data = realDataset();
const frozen = JSON.stringify(data);
const model = buildModel(data);

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parse(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && csv[i + 1] === '\n') row.push(cell), out.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return out;
}

describe('toCsv', () => {
  it('column names are ASCII and the same in every language (they are for machines)', async () => {
    const headers = (csv: string) => parse(csv)[0]!;
    const english = (['members', 'meetings', 'secretariat'] as const).map((table) => headers(toCsv(model, table)));
    for (const h of english.flat()) expect(h).toMatch(/^[a-z0-9_]+$/);
    try {
      for (const language of LANGUAGES.slice(1)) {
        const catalogue = (await language.load()).default;
        setLanguage(language, catalogue);
        expect((['members', 'meetings', 'secretariat'] as const).map((table) => headers(toCsv(model, table))), language.code).toEqual(english);
      }
    } finally {
      setLanguage(LANGUAGES[0], en);
    }
  });

  it('members: one row per joining reading (Hungary has two)', () => {
    const table = parse(toCsv(model, 'members'));
    expect(table[0]).toEqual(['id', 'iso_numeric', 'name', 'founding', 'reading', 'joined', 'event', 'quote', 'sources', 'inferred', 'inferred_from']);
    // A founder's day comes from another source than its quote: the row says so.
    const serbia = table.find((r) => r[0] === 'SRB')!;
    expect(serbia.slice(5, 7)).toEqual(['2016-05', 'declaration-2016']);
    expect(serbia[9]).toMatch(/^The countries and the month are one source’s/);
    expect(serbia[10]).toBe('osce-overview rome-2017-outcomes');
    expect(table).toHaveLength(1 + 14);
    expect(table.filter((r) => r[0] === 'HUN').map((r) => r[5])).toEqual(['2017-03', '2017-10']);
    expect(table.find((r) => r[0] === 'GRC')).toEqual(expect.arrayContaining(['Greece', '2019-06', 'meeting-5']));
  });

  it('meetings: one row per topic, verbatim', () => {
    const table = parse(toCsv(model, 'meetings'));
    const topics = data.meetings.reduce((n, m) => n + Math.max(1, m.topics.length), 0);
    expect(table).toHaveLength(1 + topics);
    const ninth = table.filter((r) => r[0] === 'meeting-9');
    expect(ninth).toHaveLength(3);
    expect(ninth[0]![10]).toBe('Montenegro');
    expect(ninth[1]![11]).toBe('Collecting electronic evidence from the internet when dealing with organized and cybercrime');
  });

  it('secretariat: every start and end reading', () => {
    const table = parse(toCsv(model, 'secretariat'));
    expect(table.filter((r) => r[0] === 'serbia' && r[3] === 'end').map((r) => r[5])).toEqual(['2021-10', '2023-02']);
  });

  it('keeps a formula-like value as text', () => {
    const hostile = structuredClone(data);
    hostile.members[0]!.name = '=HYPERLINK("http://x")';
    expect(toCsv(buildModel(hostile), 'members')).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('does not mutate the dataset', () => {
    toCsv(model, 'members');
    toCsv(model, 'meetings');
    toCsv(model, 'secretariat');
    expect(JSON.stringify(data)).toBe(frozen);
  });
});
