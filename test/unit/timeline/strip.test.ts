import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../src/lib/clock/axis';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { textWidth } from '../../../src/lib/text/measure';
import { stripLayout } from '../../../src/timeline/strip';

describe('the stage strip’s years', () => {
  const axis = timeAxis(placeOf('2016-05'), placeOf('2026-12'));
  const shown = (width: number, size: number) => stripLayout([], axis, width, size).ticks.filter((t) => t.text);

  it('never run together, however narrow the strip (the editor’s preview): a year too close to the last is left out', () => {
    for (const width of [420, 560, 900, 1800]) {
      const size = 38;
      const years = shown(width, size);
      expect(years.length, `${width} px`).toBeGreaterThan(1);
      const edges = years.map((t) => {
        const w = textWidth(t.text, size / 2, true);
        return t.end ? [t.x - w, t.x] : [t.x - w / 2, t.x + w / 2];
      });
      for (let i = 1; i < edges.length; i++) expect(edges[i]![0]!, `${width} px: ${years[i - 1]!.text} and ${years[i]!.text}`).toBeGreaterThan(edges[i - 1]![1]!);
    }
  });

  it('keeps every year where there is room for it', () => {
    expect(shown(1800, 38).map((t) => t.text)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });
});
