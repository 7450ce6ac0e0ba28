/**
 * The data against the source texts it cites (`data/sources/`, copies of `../shared/sources/`, or
 * PCOCP_SOURCES): every quote
 * verbatim in every source it cites, every date no more precise than its sources, every reading of a
 * disagreement a fact of the data. The rules are in `src/lib/data/sources-check.ts` (the editor at ?edit=1 runs the same code); the deliberate breaks below
 * show that each one can fail, naming the file, the JSON path and the nearest match.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { FILE_NAMES } from '../../../src/lib/data/schema';
import { checkAgainstSources, describe, insideQuotationMarks, nearestMatch, normalise, precisionIn, type Json, type SourceText } from '../../../src/lib/data/sources-check';
import { realTexts } from './dataset';

/** The source texts travel with the data, so the check runs on any clone (CI has no ../shared). */
const SOURCES_DIR = process.env.PCOCP_SOURCES ?? join(process.cwd(), 'data', 'sources');
const SHARED_DIR = join(process.cwd(), '..', 'shared', 'sources');

/** The texts as published to the team (sha256): a copy edited by hand no longer matches. */
const SOURCE_SHA256: Record<string, string> = {
  '000_f6aa2f66c08bdbba.txt': 'e880cd19a71581fb',
  '001_94f81d82d71f973a.txt': '08bd7a42cb36d035',
  '002_464e71f72447df56.txt': 'cbbdb439f41e1693',
  '003_134c8982d4b45d5f.txt': 'a7d58e02d220ef16',
  '004_a2c71978b4981728.txt': '6856052c1db4d660',
};

group('the copies of the source texts in data/sources', () => {
  it('are the texts as published, unedited (and, where ../shared/sources is at hand, the same files); a text added since is a source of sources.json', () => {
    const dir = join(process.cwd(), 'data', 'sources');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(expect.arrayContaining(Object.keys(SOURCE_SHA256)));
    // A source added with the data editor (?edit=1) has no published hash here: it is named by sources.json.
    const named = new Set((realFiles()['sources.json'] as { file: string }[]).map((s) => s.file));
    expect(files.filter((f) => !(f in SOURCE_SHA256) && !named.has(f)), 'texts no source names').toEqual([]);
    for (const file of files.filter((f) => f in SOURCE_SHA256)) {
      const text = readFileSync(join(dir, file));
      expect(createHash('sha256').update(text).digest('hex').slice(0, 16), file).toBe(SOURCE_SHA256[file]);
      if (existsSync(join(SHARED_DIR, file))) expect(text.equals(readFileSync(join(SHARED_DIR, file))), `${file} as in ../shared/sources`).toBe(true);
    }
  });
});

function realFiles(): Record<string, Json> {
  const texts = realTexts();
  return Object.fromEntries(FILE_NAMES.map((f) => [f, JSON.parse(texts[f]) as Json]));
}

function sourceTexts(files: Record<string, Json>): Map<string, SourceText> {
  const list = files['sources.json'] as { id: string; file: string }[];
  return new Map(
    list.map((s) => {
      const path = join(SOURCES_DIR, s.file);
      if (!existsSync(path)) throw new Error(`The source text ${path} (${s.id}) is missing: the data cannot be checked against it`);
      return [s.id, { id: s.id, file: s.file, text: readFileSync(path, 'utf8') }];
    }),
  );
}

/** A copy of the real files with one value changed at a path. */
function changed(file: string, keys: (string | number)[], value: Json): Record<string, Json> {
  const files = realFiles();
  let node = files[file] as Record<string | number, Json>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[keys.at(-1)!] = value;
  return files;
}

const check = (files: Record<string, Json>) => checkAgainstSources(files, sourceTexts(files));

group('the data against its sources', () => {
  it('quotes every source verbatim, dates nothing more precisely than its sources, and every reading is a fact', () => {
    const problems = check(realFiles());
    expect(problems, describe(problems)).toEqual([]);
  });

  it('normalises whitespace and Markdown emphasis only', () => {
    expect(normalise('The **Secretariat**  and\n *Declaration of Intent*.')).toBe('The Secretariat and Declaration of Intent.');
    expect(normalise('co-operation – 4 members')).toBe('co-operation – 4 members');
    expect(normalise('“quoted,” said')).toBe('“quoted,” said');
  });

  it('reads a date at the precision a text gives it', () => {
    expect(precisionIn('signed in Belgrade on 26 May 2016', '2016-05-26')).toBe('day');
    expect(precisionIn('Third meeting, 12-13 October 2017, Rome', '2017-10-13')).toBe('day');
    expect(precisionIn('Fifth meeting, 04-05 June 2019', '2019-06-04')).toBe('day');
    expect(precisionIn('Ninth meeting, 22 – 23 February 2023', '2023-02-23')).toBe('day');
    expect(precisionIn('In May 2016, during the Conference', '2016-05-26')).toBe('month');
    expect(precisionIn('established in 2016', '2016-05')).toBe('year');
    expect(precisionIn('in 2017', '2016')).toBeNull();
  });
});

group('the check fails where it should (each break seen red)', () => {
  it('on an altered quote, naming the file, the path and the nearest match', () => {
    const problems = check(changed('members.json', [5, 'joined', 0, 'text'], 'Greece signed the Declaration of Intent and joined the Permanent Conference in July 2019'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'members.json', path: '$[5].joined[0].text' });
    expect(problems[0]!.message).toContain('is not in 001_94f81d82d71f973a.txt (osce-overview)');
    expect(problems[0]!.message).toContain('line 9');
    expect(problems[0]!.message).toContain('the quote reads "ly 2019" where the source reads "ne 2019');
  });

  it('on an invented full stop', () => {
    const problems = check(changed('meetings.json', [6, 'participants', 0, 'text'], 'Over 30 participants took part in the sixth meeting.'));
    expect(problems.map((p) => p.path)).toEqual(['$[6].participants[0].text']);
  });

  it('on two sentences joined into one quote, and on a heading spliced onto its bullet', () => {
    const joined = check(
      changed(
        'meetings.json',
        [6, 'participants', 1, 'text'],
        'Participants included chief prosecutors, representatives from PCOCP, and high-level OSCE representatives, as well as prosecutors from Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Greece, Hungary, Italy, Montenegro, the Republic of North Macedonia, Romania and Serbia. Representatives of Austria also announced the country’s intention to join the PCOCP as its 13th member.',
      ),
    );
    // The participants are also a reading of a disagreement (the name of North Macedonia), which no longer repeats them.
    expect(joined.map((p) => p.message)).toEqual([expect.stringContaining('joins two sentences'), expect.stringContaining('resolves to no fact')]);
    const spliced = check(changed('members.json', [6, 'joined', 1, 'text'], 'Key meeting outcomes: The Office of the Prosecutor General from Hungary joined the Declaration of Intent.'));
    expect(spliced.map((p) => `${p.path} ${p.message}`)).toEqual([expect.stringMatching(/^\$\[6\]\.joined\[1\]\.text .*is not in 000_f6aa2f66c08bdbba\.txt .*nearest: line 21/)]);
  });

  it('on a quote cited to a source that lacks it', () => {
    const problems = check(changed('members.json', [5, 'joined', 0, 'sources'], ['osce-overview', 'rome-2017-outcomes']));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'members.json', path: '$[5].joined[0].text' });
    expect(problems[0]!.message).toContain('is not in 000_f6aa2f66c08bdbba.txt (rome-2017-outcomes)');
  });

  it('on a date more precise than its source', () => {
    // Greece joined "in June 2019 during the fifth meeting": the meeting ran 4-5 June, so no day is given.
    const greece = check(changed('members.json', [5, 'joined', 0, 'date'], '2019-06-04'));
    expect(greece.map((p) => p.path)).toEqual(['$[5].joined[0].date']);
    expect(greece[0]!.message).toContain('given to the day');
    // The overview says only "In May 2016": the day is the other source's, so it must be marked inferred.
    const founders = changed('members.json', [0, 'joined', 0, 'date'], '2016-05-26');
    delete (((founders['members.json'] as Json[])[0] as Record<string, Json[]>).joined![0] as Record<string, Json>).inferred;
    expect(check(founders).map((p) => p.path)).toEqual(['$[0].joined[0].date']);
    // A borrowed date of issue must say so.
    const issued = realFiles();
    delete ((issued['sources.json'] as Json[])[2] as Record<string, Json>).inferred;
    expect(check(issued).map((p) => `${p.file} ${p.path}`)).toEqual(['sources.json $[2].issued']);
  });

  it('on a reading of a disagreement that is no fact of the data', () => {
    const problems = check(changed('disagreements.json', [0, 'readings', 1, 'sources'], ['osce-overview']));
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual(['disagreements.json $[0].readings[1].text', 'disagreements.json $[0].readings[1]']);
  });

  it('on a narration filed as a speaker’s words, and on words in quotation marks filed as narration', () => {
    const braathu = (realFiles()['meetings.json'] as Json[])[6] as { speakers: { reported: Json }[] };
    const narration = changed('meetings.json', [6, 'speakers', 1, 'quotes'], braathu.speakers[1]!.reported);
    expect(check(narration).map((p) => `${p.path} ${p.message}`)).toEqual([expect.stringMatching(/^\$\[6\]\.speakers\[1\]\.quotes\[0\]\.text is the source's narration, not Jan Braathu's words/)]);
    const ramasastry = changed('meetings.json', [6, 'speakers', 0, 'reported'], [{ text: 'The need to better understand the impact of organized crime on our legal economies is even more urgent now', sources: ['osce-news-2021-04-27'] }]);
    expect(check(ramasastry).map((p) => p.path)).toEqual(['$[6].speakers[0].reported[0].text']);
  });

  it('tells words in quotation marks from narration', () => {
    const source: SourceText = { id: 's', file: 'x.txt', text: '“We act,” said A. “We also wait. We hope." B presented a plan.' };
    expect(insideQuotationMarks('We act', source)).toBe(true);
    expect(insideQuotationMarks('We hope.', source)).toBe(true);
    expect(insideQuotationMarks('B presented a plan.', source)).toBe(false);
    expect(insideQuotationMarks('not there', source)).toBeNull();
  });

  it('names the nearest line when a quote matches nothing', () => {
    const source: SourceText = { id: 's', file: 'x.txt', text: 'First line here.\nSerbia presented the challenges and achievements.' };
    expect(nearestMatch('Serbia presented its challenges', source)).toContain('line 2');
  });
});
