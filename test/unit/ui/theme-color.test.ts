import { describe, expect, it } from 'vitest';
import { realDataset } from '../data/dataset';
import { themeColor } from '../../../src/lib/ui/theme-color';

const data = realDataset();

describe('themeColor', () => {
  it.each([
    ['terrorism', 'var(--theme-0)'],
    ['governance', 'var(--theme-6)'],
    ['no-such-theme', 'var(--theme-7)'],
  ])('%s → %s', (id, colour) => {
    expect(themeColor(data.themes, id)).toBe(colour);
  });
});
