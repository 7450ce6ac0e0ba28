import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/model';
import { timeAxis } from '../../../src/lib/clock/axis';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { labelledTerms, roomForWords, secretariatLayout } from '../../../src/rotation/layout';
import { tinyDataset } from '../model/fixture';

const model = buildModel(tinyDataset());
const frozen = JSON.stringify(model.terms);
const terms = labelledTerms(model);
const axis = timeAxis(placeOf('2020-01'), placeOf('2022-01'));

describe('secretariatLayout', () => {
  it.each([320, 400, 800, 1136])('at %i px: segments sit on the axis, rows stack downwards, everything fits', (width) => {
    const layout = secretariatLayout(terms, model.handoverGaps, axis, width);
    const [row] = layout.rows;
    // The term of the made-up network: certain from June 2020 to January 2021, then uncertain to 2022.
    expect(row!.segments.map((s) => s.kind)).toEqual(['certain', 'uncertain-end']);
    expect(row!.segments[0]!.x0).toBeCloseTo(layout.x(placeOf('2020-06-01')));
    expect(row!.segments[1]!.x1).toBeCloseTo(layout.x(placeOf('2022-01-01')));
    expect(row!.barY).toBeGreaterThan(row!.labelY);
    expect(row!.y + row!.height).toBeLessThanOrEqual(layout.plotBottom);
    expect(layout.height).toBeGreaterThan(layout.plotBottom);
    for (const s of row!.segments) expect(s.x0 >= 0 && s.x1 <= width).toBe(true);
    for (const item of layout.legend) expect(item.x).toBeLessThan(width);
    expect(layout.ticks.map((t) => t.text)).toEqual(roomForWords(width) ? ['2020', '2021', '2022'] : ['’20', '’21', '’22']);
  });

  it('writes the milestones’ words under the bar only where there is room, in rows that do not overlap', () => {
    const narrow = secretariatLayout(terms, model.handoverGaps, axis, 400);
    expect(narrow.rows[0]!.milestones.every((m) => m.words === null)).toBe(true);
    const wide = secretariatLayout(terms, model.handoverGaps, axis, 1136);
    const words = wide.rows[0]!.milestones.map((m) => m.words!);
    expect(words.map((w) => w.text)).toEqual(['Granted the chair, 1 June 2020', 'Term to end, 2021', 'Handed over the chair officially, 15 March 2021']);
    // Two labels close together go in different rows.
    expect(new Set(words.slice(1).map((w) => w.row)).size).toBe(2);
  });

  it('wraps a long label rather than letting it run off a narrow chart', () => {
    const long = [{ ...terms[0]!, label: 'Bulgaria: Specialised Court and Public Prosecutor’s Office of Bulgaria' }];
    const layout = secretariatLayout(long, [], axis, 320);
    expect(layout.rows[0]!.label.length).toBeGreaterThan(1);
    expect(layout.rows[0]!.label.join(' ')).toBe(long[0]!.label);
  });

  it('does not change the model', () => {
    secretariatLayout(terms, model.handoverGaps, axis, 800);
    expect(JSON.stringify(model.terms)).toBe(frozen);
  });
});

describe('secretariatLayout on an axis with a break after the sources', () => {
  const sourcesEnd = placeOf('2021-06-01');
  const broken = timeAxis(placeOf('2020-01'), placeOf('2026-01-15'), sourcesEnd);
  const open = [{ ...terms[0]!, segments: [...terms[0]!.segments, { kind: 'as-of-source' as const, from: sourcesEnd, to: null, sources: model.terms[0]!.segments[0]!.sources }] }];
  const layout = secretariatLayout(open, [], broken, 800, sourcesEnd);

  it('runs a term held as of the latest source, and the band after the sources, to today at the axis’s end', () => {
    const end = layout.x(broken.end);
    expect(end).toBe(800 - 8);
    expect(layout.rows[0]!.segments.at(-1)!.x1).toBe(end);
    expect(layout.beyond!.x1).toBe(end);
    expect(layout.beyond!.x0).toBeCloseTo(layout.axisBreak!);
    // The band is the short part: at most 8 % of the axis.
    expect((layout.beyond!.x1 - layout.beyond!.x0) / (end - layout.x(broken.start))).toBeLessThanOrEqual(0.08);
  });

  it('labels the years of the sources and today’s year at the end, none between', () => {
    expect(layout.ticks.map((t) => [t.text, t.end])).toEqual([['2020', false], ['2021', false], ['2026', true]]);
  });
});
