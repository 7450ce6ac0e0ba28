import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/model';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { LINE, TYPE, themesLayout } from '../../../src/themes/layout';
import { textWidth } from '../../../src/lib/text/measure';
import { realDataset } from '../data/dataset';

const model = buildModel(realDataset());
const frozen = JSON.stringify(model.data.meetings);

describe('themesLayout', () => {
  it.each([
    // [day, meetings held with topics, governance meetings counted by then]
    ['2019-06-15', ['meeting-3', 'meeting-4', 'meeting-5'], 0],
    ['2022-12-31', ['meeting-3', 'meeting-4', 'meeting-5', 'meeting-6', 'meeting-7', 'meeting-8'], 2],
  ])('at %s: later meetings are marked, a row counts the meetings by then', (date, held, governance) => {
    const layout = themesLayout(model, 1136, placeOf(date));
    expect(layout.columns.filter((c) => !c.later).map((c) => c.id)).toEqual(held);
    expect(layout.rows.find((r) => r.themeId === 'governance')!.meetings).toBe(governance);
  });

  it('has a row per theme in the order of themes.json and a dot per meeting and theme, its area the number of topics', () => {
    const layout = themesLayout(model, 1136, placeOf('2024-01-01'));
    expect(layout.rows.map((r) => r.themeId)).toEqual(model.data.themes.map((t) => t.id));
    const governance = layout.rows.find((r) => r.themeId === 'governance')!;
    expect(governance.dots.filter((d) => d.topics > 0).map((d) => [d.meeting, d.topics])).toEqual([['meeting-7', 3], ['meeting-8', 1]]);
    const [three, one] = governance.dots.filter((d) => d.topics > 0);
    expect((three!.r / one!.r) ** 2).toBeCloseTo(3);
    expect(layout.maxR * Math.sqrt(3 / layout.most)).toBeCloseTo(three!.r);
  });

  it.each([320, 640, 1136])('at %i wide: rows stack inside it, columns keep apart, and it grows rather than overlap', (width) => {
    const layout = themesLayout(model, width, placeOf('2024-01-01'));
    expect(layout.width).toBeGreaterThanOrEqual(width);
    const xs = layout.columns.map((c) => c.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(48 - 1e-9);
    expect(xs.at(-1)! + layout.maxR).toBeLessThan(layout.totalX);
    expect(layout.rows.at(-1)!.y + layout.maxR).toBeLessThanOrEqual(layout.height);
    expect(JSON.stringify(model.data.meetings)).toBe(frozen);
  });

  it('wraps its labels for the stage: no line wider than asked, each row as high as its lines, narrower than on one line', () => {
    const one = themesLayout(model, 0, placeOf('2024-01-01'));
    const wrapped = themesLayout(model, 0, placeOf('2024-01-01'), 200);
    expect(one.rows.every((r) => r.lines.length === 1 && r.foot - r.y === 20)).toBe(true);
    expect(wrapped.rows.some((r) => r.lines.length > 1)).toBe(true);
    expect(wrapped.rows.flatMap((r) => r.lines).every((line) => textWidth(line, TYPE.label) <= 200)).toBe(true);
    wrapped.rows.forEach((r, i) => {
      expect(r.lines.join(' ')).toBe(r.label);
      expect(r.foot - r.y).toBeGreaterThanOrEqual((r.lines.length * LINE) / 2);
      if (i > 0) expect(r.y - (r.foot - r.y)).toBeGreaterThanOrEqual(wrapped.rows[i - 1]!.foot);
    });
    expect(wrapped.width).toBeLessThan(one.width);
    expect(wrapped.height).toBeGreaterThan(one.height);
  });
});
