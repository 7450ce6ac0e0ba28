import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/text/measure';

describe('wrapText', () => {
  it.each([
    ['one two three', 7 * 10 * 0.56, ['one two', 'three']],
    ['one two three', 1000, ['one two three']],
    ['  spaced   out  ', 6 * 10 * 0.56, ['spaced', 'out']],
    ['', 100, []],
  ])('%j in %d px', (input, max, lines) => {
    expect(wrapText(input, max, 10)).toEqual(lines);
  });
});

describe('textWidth', () => {
  it('counts Cyrillic letters wider than Latin ones, and bold wider than regular', () => {
    expect(textWidth('Srbija', 10)).toBeCloseTo(6 * 5.6);
    expect(textWidth('Србија', 10)).toBeGreaterThan(textWidth('Srbija', 10));
    expect(textWidth('Srbija', 10, true)).toBeGreaterThan(textWidth('Srbija', 10));
  });

  it('a Cyrillic title wraps before the Latin one of the same words does', () => {
    const latin = 'Predsedavanje Sekretarijatom Stalne konferencije tužilaca za organizovani kriminal';
    const cyrillic = 'Председавање Секретаријатом Сталне конференције тужилаца за организовани криминал';
    expect(wrapText(cyrillic, 1136, 30, true)[0]!.split(' ').length).toBeLessThan(wrapText(latin, 1136, 30, true)[0]!.split(' ').length);
  });
});
