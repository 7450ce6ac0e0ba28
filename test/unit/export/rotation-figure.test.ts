import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { buildModel } from '../../../src/lib/model';
import { AXIS_START, timeAxis } from '../../../src/lib/clock/axis';
import { rotationChart, rotationFigure, rotationFigureText } from '../../../src/export/rotation-figure';
import { frameFigure } from '../../../src/export/figure';
import { dayFromParts, type Precision } from '../../../src/lib/dates/partial-date';
import { group, texts, withAttribute, xmlProblems } from './svg';

const data = realDataset();
const frozen = JSON.stringify(data);
const model = buildModel(data);
const axis = timeAxis(AXIS_START, dayFromParts(2025, 6, 30));
const at = (y: number, m: number, d: number, precision: Precision = 'day') => ({ day: dayFromParts(y, m, d), precision, axis });

describe('rotationChart', () => {
  const { markup } = rotationChart(model, at(2019, 6, 15));
  const bars = model.terms;

  it('is well formed, with presentation attributes only', () => {
    expect(xmlProblems(`<svg>${markup}</svg>`)).toEqual([]);
    expect(markup).not.toMatch(/ (style|class)=/);
  });

  it('draws three term bars, labelled as in the view, the holder marked', () => {
    const terms = withAttribute(markup, 'data-term').map((tag) => /data-term="([^"]+)"/.exec(tag)![1]);
    expect(terms).toEqual(['serbia', 'bulgaria-specialised', 'bulgaria-sofia-appellate']);
    expect(terms.map((id) => texts(group(markup, 'data-term', id!))[0])).toEqual([
      'Serbia · holds the chair',
      'Bulgaria: Specialised Court and Public Prosecutor’s Office of Bulgaria',
      'Bulgaria: Sofia Appellate Prosecution Office',
    ]);
  });

  it('hatches exactly the uncertain parts, with a pattern it defines', () => {
    for (const bar of bars) {
      const drawn = withAttribute(group(markup, 'data-term', bar.term.id), 'data-segment');
      expect(drawn.map((tag) => /data-segment="([^"]+)"/.exec(tag)![1])).toEqual(bar.segments.map((s) => s.kind));
      for (const tag of drawn) expect(tag.includes('fill="url(#'), tag).toBe(!tag.includes('data-segment="certain"'));
    }
    const hatched = withAttribute(markup, 'data-segment').filter((tag) => tag.includes('url(#'));
    expect(hatched).toHaveLength(bars.flatMap((b) => b.segments).filter((s) => s.kind !== 'certain').length);
    expect(markup).toContain(`<pattern id="${/url\(#([^)]+)\)/.exec(hatched[0]!)![1]}"`);
  });

  it('ticks every milestone and writes its reading under the bar', () => {
    for (const bar of bars) {
      const g = group(markup, 'data-term', bar.term.id);
      expect(withAttribute(g, 'data-milestone')).toHaveLength(bar.milestones.length);
    }
    const serbia = texts(group(markup, 'data-term', 'serbia'));
    expect(serbia).toEqual(expect.arrayContaining(['Granted the chair, October 2017', 'Term to end, October 2021', 'Handed over the chair officially, February 2023']));
  });

  it('draws the election-to-handover gap, the year axis and the date line', () => {
    expect(markup).toContain('data-part="handover-gap"');
    expect(texts(group(markup, 'data-part', 'axis'))[0]).toBe('2017');
    expect(texts(group(markup, 'data-part', 'current-date'))).toEqual(['15 June 2019']);
  });

  it('is deterministic and leaves the dataset as it was', () => {
    expect(rotationChart(model, at(2019, 6, 15)).markup).toBe(markup);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});

describe('rotationFigureText', () => {
  it.each([
    ['2017-01-15', at(2017, 1, 15), 'No Secretariat yet: the Permanent Conference created it in October 2017.'],
    ['2019-06-15', at(2019, 6, 15), 'Chair of the Secretariat: Serbia (the sources agree).'],
    [
      '2022-06',
      at(2022, 6, 1, 'month'),
      'Chair of the Secretariat: the sources leave open which held it: Serbia; Bulgaria: Specialised Court and Public Prosecutor’s Office of Bulgaria; or Bulgaria: Sofia Appellate Prosecution Office.',
    ],
    ['2024-03-01', at(2024, 3, 1), 'Chair of the Secretariat: Bulgaria: Sofia Appellate Prosecution Office (the sources agree).'],
  ])('at %s names the chair', (_, options, chair) => {
    expect(rotationFigureText(model, options).caption.startsWith(chair)).toBe(true);
  });

  it.each([
    ['2017-01-15', at(2017, 1, 15), 'Executive Board: not yet established by either source’s account.'],
    ['2018-01-15', at(2018, 1, 15), 'Executive Board: established by one source’s account, not yet by the other’s; its members as of November 2023 (the sources name no earlier ones)'],
    ['2024-03-01', at(2024, 3, 1), 'Executive Board: established by both sources’ accounts; its members as of November 2023: Romania, Montenegro and Greece, and Bulgaria by its rule (not named by a source).'],
  ])('at %s says what the sources say of the Executive Board', (_, options, board) => {
    expect(rotationFigureText(model, options).caption).toContain(board);
  });

  it('gives the date at its precision and cites the sources of what it draws', () => {
    const text = rotationFigureText(model, at(2022, 6, 1, 'month'));
    expect(text.date).toBe('June 2022');
    expect(text.sources).toContain('“The PCOCP network (OSCE overview)”');
    expect(text.sources).toContain('“Key outcomes from the Third Meeting'); // the Board's 2017 reading
    expect(text.sources).not.toContain('iPROCEEDS');
    expect(text.notes).toBeUndefined();
  });

  it('frames into a figure with the title and the source line', () => {
    const { chart, text } = rotationFigure(model, at(2024, 3, 1));
    const svg = frameFigure(chart, text);
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)[0]).toContain('Chair of the Secretariat');
    expect(texts(svg).some((t) => t.startsWith('Sources: OSCE'))).toBe(true);
  });
});
