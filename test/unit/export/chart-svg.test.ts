import { describe, expect, it } from 'vitest';
import { hatchPattern, legend, placeLabels, text } from '../../../src/export/chart-svg';
import { xmlProblems } from './svg';

/** The horizontal extent a placed label takes. */
function span(p: { x: number; anchor: string }, width: number): [number, number] {
  return p.anchor === 'start' ? [p.x, p.x + width] : p.anchor === 'end' ? [p.x - width, p.x] : [p.x - width / 2, p.x + width / 2];
}

describe('placeLabels', () => {
  it.each([
    ['far apart: centred, one row', [{ at: 200, width: 100 }, { at: 600, width: 100 }], false, [['middle', 0], ['middle', 0]]],
    ['close: the second goes a row down', [{ at: 200, width: 100 }, { at: 250, width: 100 }], false, [['middle', 0], ['middle', 1]]],
    ['close, kept apart: they turn away from each other', [{ at: 200, width: 100 }, { at: 250, width: 100 }], true, [['end', 0], ['start', 0]]],
    ['at the left edge: turned inwards', [{ at: 10, width: 100 }], false, [['start', 0]]],
    ['at the right edge: turned inwards', [{ at: 990, width: 100 }], false, [['end', 0]]],
  ] as const)('%s', (_, items, apart, expected) => {
    const before = JSON.stringify(items);
    const placed = placeLabels(items, 1000, 10, apart);
    expect(placed.map((p) => [p.anchor, p.row])).toEqual(expected);
    for (const [i, p] of placed.entries()) {
      const [from, to] = span(p, items[i]!.width);
      expect(from).toBeGreaterThanOrEqual(0);
      expect(to).toBeLessThanOrEqual(1000);
    }
    expect(JSON.stringify(items)).toBe(before);
  });

  it('never overlaps two labels of the same row', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ at: (i * 37) % 1000, width: 60 + (i % 4) * 30 }));
    for (const apart of [false, true]) {
      const placed = placeLabels(items, 1000, 10, apart);
      const spans = placed.map((p, i) => ({ row: p.row, s: span(p, items[i]!.width) }));
      for (const a of spans) for (const b of spans) if (a !== b && a.row === b.row) expect(a.s[1] <= b.s[0] || b.s[1] <= a.s[0]).toBe(true);
    }
  });
});

describe('markup helpers', () => {
  it('escape text and attribute values', () => {
    expect(text(1, 2, 'a < b & "c"', { 'data-x': 'q"r' })).toBe('<text x="1" y="2" data-x="q&quot;r">a &lt; b &amp; &quot;c&quot;</text>');
  });

  it('wrap a legend that does not fit in one line', () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ swatch: '<rect width="24" height="14"/>', label: `An item of the legend, number ${i}` }));
    const one = legend(items.slice(0, 1), 0, 1000);
    const all = legend(items, 0, 1000);
    expect(all.height).toBeGreaterThan(one.height);
    expect(xmlProblems(`<svg>${all.markup}${hatchPattern('#123456')}</svg>`)).toEqual([]);
  });
});
