import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { CHART_WIDTH, FIGURE_WIDTH, frameFigure, quotedTitle, sourcesLine, type FigureText } from '../../../src/export/figure';
import { mapFigureText } from '../../../src/map/figure';
import { dayFromParts } from '../../../src/lib/dates/partial-date';
import { buildModel } from '../../../src/lib/model';
import { attr, texts, withAttribute, xmlProblems } from './svg';

const data = realDataset();
const text: FigureText = {
  title: 'A <title> & "more"',
  date: '15 June 2019',
  caption: 'What it shows. '.repeat(20).trim(),
  sources: 'Sources: somewhere.',
  notes: ['* a note'],
};

describe('frameFigure', () => {
  const chart = { markup: '<rect width="10" height="5" data-probe="yes"/>', width: 568, height: 284 };
  const svg = frameFigure(chart, text);

  it('is well formed, with the words escaped', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('A &lt;title&gt; &amp; &quot;more&quot;');
    expect(svg).not.toContain('<title> &');
  });

  it('draws the title, date, wrapped caption, sources and notes as text', () => {
    const lines = texts(svg);
    expect(lines[0]).toBe(text.title);
    expect(lines).toContain('15 June 2019');
    expect(lines.filter((l) => l.startsWith('What it shows')).length).toBeGreaterThan(1);
    expect(lines.join(' ')).toContain(text.caption);
    expect(lines.slice(-2)).toEqual(['Sources: somewhere.', '* a note']);
  });

  it('places the chart between the margins, scaled to keep its proportions', () => {
    const [frame] = withAttribute(svg, 'viewBox', '0 0 568 284');
    expect(attr(frame!, 'width')).toBe(CHART_WIDTH);
    expect(attr(frame!, 'height')).toBe(CHART_WIDTH / 2);
    expect(attr(frame!, 'x')).toBe((FIGURE_WIDTH - CHART_WIDTH) / 2);
    expect(svg).toContain('data-probe="yes"');
    const height = attr(withAttribute(svg, 'xmlns')[0]!, 'height');
    expect(height).toBeGreaterThan(attr(frame!, 'y') + attr(frame!, 'height'));
  });

  it('has no style or class attributes (the CSP refuses inline styles)', () => {
    expect(svg).not.toMatch(/ (style|class)=/);
  });
});

describe('sourcesLine', () => {
  it('names each source once, in the order of sources.json, ignoring unknown ids', () => {
    const line = sourcesLine(buildModel(data), ['osce-overview', 'rome-2017-outcomes', 'osce-overview', 'no-such-source']);
    // Neither text names its publisher, so the line gives none.
    expect(line.startsWith('Sources: “Key outcomes from the Third Meeting')).toBe(true);
    expect(line.match(/“/g)).toHaveLength(2);
    expect(line.endsWith('.')).toBe(true);
  });

  it('falls back to the dashboard when no source is named', () => {
    expect(sourcesLine(buildModel(data), [])).toBe('Sources: see the dashboard.');
  });
});

describe('quotedTitle', () => {
  it.each([
    ['Key outcomes … Belgrade "Declaration of Intent"', '“Key outcomes … Belgrade ‘Declaration of Intent’”'],
    ['Plain title', '“Plain title”'],
  ])('%s → %s', (title, expected) => {
    expect(quotedTitle(title)).toBe(expected);
  });
});

describe('mapFigureText', () => {
  it('keeps its source line: the sources of the members at the date', () => {
    const day = dayFromParts(2019, 6, 15);
    const ids = new Set(buildModel(data).at(day).members.flatMap((m) => m.joined.flatMap((j) => j.sources)));
    const expected = data.sources.filter((s) => ids.has(s.id)).map((s) => `${s.publisher ? `${s.publisher}, ` : ''}${quotedTitle(s.title)} (${s.issuedText})`);
    expect(mapFigureText(buildModel(data), day, 'day').sources).toBe(`Sources: ${expected.join('; ')}.`);
  });
});
