import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { buildModel } from '../../../src/lib/model';
import { AXIS_START, timeAxis } from '../../../src/lib/clock/axis';
import { timelineChart, timelineFigure, timelineFigureText } from '../../../src/export/timeline-figure';
import { frameFigure, quotedTitle } from '../../../src/export/figure';
import { dayFromParts } from '../../../src/lib/dates/partial-date';
import { timelineMarks } from '../../../src/timeline/layout';
import { attr, group, texts, withAttribute, xmlProblems } from './svg';

const data = realDataset();
const frozen = JSON.stringify(data);
const model = buildModel(data);
const axis = timeAxis(AXIS_START, dayFromParts(2025, 6, 30));
const at = (y: number, m: number, d: number) => ({ day: dayFromParts(y, m, d), precision: 'day' as const, axis });
const badgeOf = (svg: string, id: string) => texts(group(svg, 'data-mark', id))[0];

describe('timelineChart', () => {
  const { markup, width, height } = timelineChart(model, at(2019, 6, 15));

  it('is well formed, with presentation attributes only', () => {
    expect(xmlProblems(`<svg>${markup}</svg>`)).toEqual([]);
    expect(markup).not.toMatch(/ (style|class)=/);
    expect(height).toBeGreaterThan(300);
  });

  it('draws the nine numbered meetings with their badges, and the 2016 declaration', () => {
    const meetings = withAttribute(markup, 'data-kind', 'meeting').map((tag) => /data-mark="([^"]+)"/.exec(tag)![1]!);
    expect(meetings.map((id) => badgeOf(markup, id))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const declaration = texts(group(markup, 'data-mark', 'declaration-2016'));
    expect(declaration).toEqual([String(data.members.filter((m) => m.founding).length), 'Declaration']);
  });

  it('draws every mark of the view, lane by lane', () => {
    for (const lane of ['meetings', 'board', 'related', 'joinings']) {
      const ids = timelineMarks(model).filter((m) => m.lane === lane).map((m) => m.id);
      const drawn = withAttribute(group(markup, 'data-lane', lane), 'data-mark').map((tag) => /data-mark="([^"]+)"/.exec(tag)![1]);
      expect(drawn).toEqual(ids);
    }
  });

  it('fills what had happened by the date and leaves the rest hollow', () => {
    const past = (id: string) => withAttribute(markup, 'data-mark', id)[0]!.includes('data-past="true"');
    expect(['meeting-5', 'join-GRC', 'socta-2016', 'declaration-2016'].map(past)).toEqual([true, true, true, true]);
    expect(['meeting-6', 'board-2023', 'join-AUT', 'iproceeds-2022'].map(past)).toEqual([false, false, false, false]);
    expect(group(markup, 'data-mark', 'meeting-6')).toContain('fill="#ffffff"');
  });

  it('hatches the uncertain spans (the inferred first meeting, Hungary’s disputed joining) with a pattern it defines', () => {
    const hatched = withAttribute(markup, 'data-range').filter((tag) => tag.includes('fill="url(#'));
    expect(hatched.map((tag) => /data-range="([^"]+)"/.exec(tag)![1]).sort()).toEqual(['join-HUN', 'meeting-1']);
    const id = /url\(#([^)]+)\)/.exec(hatched[0]!)![1];
    expect(markup).toContain(`<pattern id="${id}"`);
    expect(group(markup, 'data-mark', 'meeting-1')).toContain('stroke-dasharray');
  });

  it('has a year axis from 2017 (the first new year after May 2016) to the end, and the date line at the clock day', () => {
    const years = texts(group(markup, 'data-part', 'axis'));
    expect(years).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    const line = group(markup, 'data-part', 'current-date');
    expect(texts(line)).toEqual(['15 June 2019']);
    const x = attr(/<line[^>]*>/.exec(line)![0], 'x1');
    const ticks = [...group(markup, 'data-part', 'axis').matchAll(/<line x1="([\d.]+)"[^>]*y1="27"/g)].map((m) => Number(m[1]));
    expect(x).toBeGreaterThan(ticks[2]!); // after 2019's tick
    expect(x).toBeLessThan(ticks[3]!); // before 2020's
  });

  it('keeps every badge inside the chart', () => {
    for (const tag of withAttribute(markup, 'rx').filter((t) => t.startsWith('<rect') && t.includes('stroke-width="2"'))) {
      expect(attr(tag, 'x')).toBeGreaterThanOrEqual(0);
      expect(attr(tag, 'x') + attr(tag, 'width')).toBeLessThanOrEqual(width);
    }
  });

  it('rings the marks on the filtered theme and greys the others', () => {
    const chart = timelineChart(model, { ...at(2025, 1, 1), theme: 'cybercrime' }).markup;
    const ringed = timelineMarks(model).filter((m) => group(chart, 'data-mark', m.id).includes('fill="none"')).map((m) => m.id);
    expect(ringed).toEqual(timelineMarks(model).filter((m) => m.themes.includes('cybercrime')).map((m) => m.id));
    expect(group(chart, 'data-mark', 'meeting-3')).toContain('stroke="#8a96a6"');
  });

  it('escapes the data’s words', () => {
    const copy = structuredClone(data);
    copy.relatedEvents[0]!.title = 'R&D <x> "y": a title cut at its colon';
    const chart = timelineChart(buildModel(copy), at(2019, 6, 15)).markup;
    expect(xmlProblems(`<svg>${chart}</svg>`)).toEqual([]);
    expect(texts(group(chart, 'data-mark', copy.relatedEvents[0]!.id))).toContain('R&D <x> "y"');
  });

  it('is deterministic and leaves the dataset as it was', () => {
    expect(timelineChart(model, at(2019, 6, 15)).markup).toBe(markup);
    expect(JSON.stringify(data)).toBe(frozen);
  });
});

describe('timelineFigureText', () => {
  it.each([
    ['2019-06-15', at(2019, 6, 15), '15 June 2019', ['5 meetings of the Permanent Conference', '0 Executive Board meetings', '1 related regional event', '12 member countries', 'Fifth meeting, Bucharest; Greece joins at the fifth meeting, Bucharest.']],
    ['2024-01-01', at(2024, 1, 1), '1 January 2024', ['9 meetings of the Permanent Conference', '1 Executive Board meeting', '2 related regional events', '13 member countries']],
  ])('at %s the caption counts what had happened', (_, options, date, phrases) => {
    const text = timelineFigureText(model, options);
    expect(text.date).toBe(date);
    for (const phrase of phrases) expect(text.caption).toContain(phrase);
    expect(text.notes).toBeUndefined();
  });

  it('names the theme the marks are filtered by', () => {
    expect(timelineFigureText(model, { ...at(2024, 1, 1), theme: 'cybercrime' }).caption).toContain('Ringed: meetings and events on cybercrime and electronic evidence.');
  });

  it('cites the sources of the meetings, related events and joinings it draws', () => {
    const { sources } = timelineFigureText(model, at(2019, 6, 15));
    for (const s of data.sources) {
      const used = JSON.stringify([data.meetings, data.relatedEvents, data.members]).includes(`"${s.id}"`);
      expect(sources.includes(quotedTitle(s.title)), s.id).toBe(used);
    }
  });

  it('frames into a figure with the title and the source line', () => {
    const { chart, text } = timelineFigure(model, at(2019, 6, 15));
    const svg = frameFigure(chart, text);
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg).join(' ')).toContain('Meetings of the Permanent Conference of Organised Crime Prosecutors');
    expect(texts(svg).some((t) => t.startsWith('Sources: OSCE'))).toBe(true);
  });
});
