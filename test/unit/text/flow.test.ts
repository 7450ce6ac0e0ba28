import { describe, expect, it } from 'vitest';
import { flowLegend, type Flow } from '../../../src/lib/text/flow';

// At size 10 a character is 5.6 px wide: "aaaa" is 22.4 px, so with a 10 px swatch and 10 px after it an entry takes 42.4 px.
const flow: Flow = { left: 0, right: 100, top: 10, size: 10, line: 1.5, swatch: 10, after: 10, wrap: 100, rowGap: 4 };
const long = 'one two three four'; // in 40 px: "one two", "three", "four" (entry 59.2 px wide)

describe('flowLegend', () => {
  it.each<[string, readonly string[], Partial<Flow>, [number, number, number][], number]>([
    ['nothing: no boxes, the last line at the top', [], {}, [], 10],
    ['two entries side by side', ['aaaa', 'bbbb'], {}, [[0, 10, 1], [42.4, 10, 1]], 10],
    ['the third passes the right edge: a new row, one line and the row gap down', ['aaaa', 'bbbb', 'cccc'], {}, [[0, 10, 1], [42.4, 10, 1], [0, 29, 1]], 29],
    ['rows start at the left edge', ['aaaa', 'bbbb', 'cccc'], { left: 8, right: 108 }, [[8, 10, 1], [50.4, 10, 1], [8, 29, 1]], 29],
    ['an entry wider than the row stands alone rather than leaving an empty row', ['aaaa'], { right: 30 }, [[0, 10, 1]], 10],
    ['words wrap; the next row clears the tallest entry', [long, 'aaaa'], { wrap: 40 }, [[0, 10, 3], [0, 59, 1]], 59],
    ['the last line is the tallest entry of the last row', [long, 'aaaa'], { wrap: 40, right: 200 }, [[0, 10, 3], [59.2, 10, 1]], 40],
  ])('%s', (_, texts, change, expected, last) => {
    const input = Object.freeze([...texts]);
    const options = Object.freeze({ ...flow, ...change });
    const out = flowLegend(input, options);
    expect(out.boxes.map((b) => [Number(b.x.toFixed(6)), b.y, b.lines.length])).toEqual(expected);
    expect(out.last).toBeCloseTo(last, 9);
    expect(input).toEqual(texts);
  });

  it('keeps the words of each entry, wrapped to the width', () => {
    expect(flowLegend([long], { ...flow, wrap: 40 }).boxes[0]!.lines).toEqual(['one two', 'three', 'four']);
  });
});
