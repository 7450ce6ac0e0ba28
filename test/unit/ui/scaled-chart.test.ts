/**
 * An embed's chart is laid out at its frame's class's width (src/lib/ui/scaled-chart.ts): never shown
 * smaller than laid out (the embed's padding is 12 px a side), at most 1.3 times larger within a
 * class, and horizontal from the first class at 600 px of layout (the timeline's VERTICAL_BELOW).
 */
import { describe, expect, it } from 'vitest';
import { CHART_CLASSES, MAX_SCALE, chartClassWidth, layoutWidth, placedOver, share } from '../../../src/lib/ui/scaled-chart';
import { VERTICAL_BELOW } from '../../../src/timeline/lanes-layout';

describe('chartClassWidth', () => {
  it.each([
    [280, 296],
    [320, 296],
    [389, 296],
    [390, 366],
    [412, 366],
    [499, 366],
    [500, 476],
    [600, 476],
    [623, 476],
    [624, 600],
    [759, 600],
    [760, 736],
    [1000, 736],
    [1920, 736],
  ])('a frame %i px wide: laid out at %i', (frame, width) => expect(chartClassWidth(frame)).toBe(width));

  it('keeps the drawing between 1 and 1.3 times its layout within each class (the box is the frame less 24 px), the widest capped at MAX_SCALE', () => {
    CHART_CLASSES.forEach(({ from, width }, i) => {
      const next = CHART_CLASSES[i + 1]?.from;
      if (i > 0) expect(width).toBe(from - 24);
      if (next !== undefined) expect((next - 1 - 24) / width).toBeLessThan(1.3);
      expect(width < VERTICAL_BELOW).toBe(from < 624);
    });
    expect(MAX_SCALE).toBeLessThan(1.4);
  });

  it('writes a share of the whole with four decimals', () => {
    expect(share(1, 3)).toBe('33.3333%');
    expect(share(736, 736)).toBe('100%');
  });

  it('lays the page’s chart out at its measured width and an embed’s at its frame’s class, or the build’s where there is no window', () => {
    // The page's chart never reads the window's width (it would make the browser lay the page out).
    const unread = () => {
      throw new Error('the window read for the page');
    };
    expect(layoutWidth(false, 812, unread, 736)).toBe(812);
    expect(layoutWidth(true, 388, () => 412, 736)).toBe(chartClassWidth(412));
    expect(layoutWidth(true, 0, () => undefined, 476)).toBe(476);
    expect(placedOver(false)(12, 100)).toBe('12px');
    expect(placedOver(true)(12, 100)).toBe('12%');
  });
});
