/** The Secretariat drawing as the page and the figure show it, mounted at a few dates (real data). */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import SecretariatSvg from '../../../src/rotation/Secretariat.svg.svelte';
import { labelledTerms, secretariatLayout } from '../../../src/rotation/layout';
import { buildModel } from '../../../src/lib/model';
import { AXIS_START, timeAxis } from '../../../src/lib/clock/axis';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { realDataset } from '../data/dataset';

const model = buildModel(realDataset());
const axis = timeAxis(AXIS_START, placeOf('2026-11-24'));
let app: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (app) void unmount(app);
  app = null;
  document.body.innerHTML = '';
});

function draw(iso: string, width = 800) {
  const day = placeOf(iso);
  const layout = secretariatLayout(labelledTerms(model), model.handoverGaps, axis, width);
  app = mount(SecretariatSvg, { target: document.body, props: { layout, day, holders: model.at(day).chair, selected: null, uid: 't' } });
  flushSync();
  return { svg: document.querySelector('svg')!, layout, day };
}

describe('Secretariat.svg', () => {
  it.each([
    ['2017-06-01', []],
    ['2019-06-15', ['serbia:certain']],
    ['2022-06-01', ['serbia:uncertain', 'bulgaria-specialised:uncertain', 'bulgaria-sofia-appellate:uncertain']],
    ['2023-11-30', ['bulgaria-sofia-appellate:certain']],
    // Past the latest dated fact (November 2023): as of the latest source, never "holds".
    ['2024-03-01', ['bulgaria-sofia-appellate:as-of-source']],
  ])('on %s marks the holders %j with a badge', (iso, holders) => {
    const { svg } = draw(iso);
    const rows = [...svg.querySelectorAll('g.row')];
    expect(rows.map((g) => g.getAttribute('data-term'))).toEqual(['serbia', 'bulgaria-specialised', 'bulgaria-sofia-appellate']);
    expect(rows.filter((g) => g.getAttribute('data-holds') !== 'none').map((g) => `${g.getAttribute('data-term')}:${g.getAttribute('data-holds')}`)).toEqual(holders);
    expect(svg.querySelectorAll('g.badge')).toHaveLength(holders.length);
  });

  it('stands the date line on the day and rings the part of the bar the day falls in', () => {
    const { svg, layout, day } = draw('2019-06-15');
    const cursor = svg.querySelector('line.cursor')!;
    expect(Number(cursor.getAttribute('x1'))).toBeCloseTo(layout.x(day));
    const active = [...svg.querySelectorAll('rect.seg.active')];
    expect(active).toHaveLength(1);
    expect(active[0]!.closest('g.row')!.getAttribute('data-term')).toBe('serbia');
    expect(active[0]!.getAttribute('data-segment')).toBe('certain');
  });

  it('hatches the uncertain parts with its own pattern, and draws the handover bracket and the legend', () => {
    const { svg } = draw('2022-06-01', 1136);
    const hatched = [...svg.querySelectorAll('rect[data-segment^="uncertain"]')];
    expect(hatched).toHaveLength(3);
    expect(hatched.every((r) => r.getAttribute('fill') === 'url(#t-hatch)')).toBe(true);
    expect(svg.querySelector('pattern#t-hatch')).not.toBeNull();
    expect(svg.querySelectorAll('.gap-bracket')).toHaveLength(2); // the gap and its legend key
    expect(svg.querySelector('.legend')!.textContent).toContain('Solid: every source agrees');
    expect([...svg.querySelectorAll('text.words')].map((t) => t.textContent)).toContain('Elected to the chair, 6 December 2021');
  });
});
