import { afterEach, describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en';
import { LANGUAGES } from '../../../src/i18n/languages';
import { setLanguage } from '../../../src/i18n';
import { fileName } from '../../../src/export/filename';
import { toCsv } from '../../../src/export/csv';
import { buildModel } from '../../../src/lib/model';
import { realDataset } from '../data/dataset';

const english = LANGUAGES[0];
afterEach(() => setLanguage(english, en));

async function speak(code: string) {
  const language = LANGUAGES.find((l) => l.code === code)!;
  setLanguage(language, (await language.load()).default);
}

describe('fileName', () => {
  it('is the stem and the extension on an English page', () => {
    expect(fileName('pcocp-map-2019-06-15', 'svg')).toBe('pcocp-map-2019-06-15.svg');
    expect(fileName('pcocp-secretariat-2024-03-01-print', 'png')).toBe('pcocp-secretariat-2024-03-01-print.png');
  });

  it.each([
    ['sr-Latn', 'pcocp-map-2019-06-15-sr-Latn.png'],
    ['sr-Cyrl', 'pcocp-map-2019-06-15-sr-Cyrl.png'],
  ])('ends with the language code before the extension on a %s page', async (code, name) => {
    await speak(code);
    expect(fileName('pcocp-map-2019-06-15', 'png')).toBe(name);
  });
});

describe('toCsv in Serbian', () => {
  it('keeps the column names and codes for machines (ASCII, as in English) and the data as the sources give it', async () => {
    await speak('sr-Latn');
    const model = buildModel(realDataset());
    const csv = toCsv(model, 'members');
    expect(csv.split('\r\n')[0]).toBe('id,iso_numeric,name,founding,reading,joined,event,quote,sources,inferred,inferred_from');
    const secretariat = toCsv(model, 'secretariat').split('\r\n');
    expect(secretariat[0]!.split(',')[3]).toBe('boundary');
    expect(secretariat.slice(1).filter(Boolean).every((row) => /,(start|end),/.test(row))).toBe(true);
  });
});
