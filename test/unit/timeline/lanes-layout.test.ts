import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../../src/lib/clock/axis';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { lanesLayout, timelineLegend, VERTICAL_BELOW, type MarkBox } from '../../../src/timeline/lanes-layout';
import { captionBox, overlap } from './caption-box';
import type { Mark } from '../../../src/timeline/marks';
import { textWidth } from '../../../src/lib/text/measure';

const axis = timeAxis(placeOf('2020-01'), placeOf('2024-01'));
/** A made-up mark: test input, not a fact. */
const mark = (id: string, lane: Mark['lane'], iso: string, caption: string, extra: Partial<Mark> = {}): Mark => {
  const at = placeOf(iso);
  return { id, lane, kind: lane === 'joinings' ? 'join' : 'meeting', at, happened: at, first: at, last: at, inferred: false, disputed: false, badge: id.slice(0, 3), caption, title: caption, themes: [], selection: null, ...extra };
};
const marks: Mark[] = [
  mark('m1', 'meetings', '2020-03-01', 'Belgrade'),
  mark('m2', 'meetings', '2020-03-20', 'place not given'), // close to m1: its caption must not overlap
  mark('m3', 'meetings', '2023-12-20', 'Bucharest'), // at the right edge
  mark('j1', 'joinings', '2021-06-01', 'Declaration', { first: placeOf('2021-06-01'), last: placeOf('2021-12-31'), disputed: true }),
];
const frozen = JSON.stringify(marks);


describe('lanesLayout', () => {
  it.each([320, 390, 599, 600, 900, 1136])('at %i px: no two captions overlap, nothing leaves the chart, no word is broken', (width) => {
    const layout = lanesLayout(marks, axis, width, timelineLegend([], () => '#000', null));
    expect(layout.vertical).toBe(width < VERTICAL_BELOW);
    const boxes = layout.marks.map((b) => captionBox(b, layout.captionSize));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${marks[i]!.id} / ${marks[j]!.id}`).toBe(false);
    for (const [i, box] of boxes.entries()) {
      expect(box.x0, marks[i]!.id).toBeGreaterThanOrEqual(-0.5);
      expect(box.x1, marks[i]!.id).toBeLessThanOrEqual(width + 0.5);
      expect(box.y1).toBeLessThanOrEqual(layout.height);
    }
    // Every caption's words are whole: its lines are the caption's words in order.
    for (const b of layout.marks) expect(b.caption.join(' ')).toBe(b.mark.caption);
    for (const item of layout.legend) for (const line of item.lines) expect(item.x + 26 + textWidth(line, 12)).toBeLessThanOrEqual(width);
  });

  it('places each badge on its day along the time axis, in time order within a lane', () => {
    for (const width of [390, 1136]) {
      const layout = lanesLayout(marks, axis, width);
      const along = (b: MarkBox) => b.day;
      const byId = new Map(layout.marks.map((b) => [b.mark.id, b]));
      expect(along(byId.get('m1')!)).toBeCloseTo(layout.at(placeOf('2020-03-01')));
      expect(along(byId.get('m1')!)).toBeLessThan(along(byId.get('m2')!));
      expect(along(byId.get('m2')!)).toBeLessThan(along(byId.get('m3')!));
      // A disputed date keeps its range: from its first to its last day.
      const range = byId.get('j1')!.range!;
      expect(layout.vertical ? range.y1 - range.y0 : range.x1 - range.x0).toBeCloseTo(layout.at(placeOf('2021-12-31')) - layout.at(placeOf('2021-06-01')));
    }
  });

  it.each([320, 390, 599, 900])('at %i px: the bar of an uncertain date crosses no caption', (width) => {
    // A caption too long to stand beside its badge in a phone's column (made up, as the marks above).
    const uncertain = mark('u1', 'meetings', '2021', 'date and place not given', { first: placeOf('2021-01-01'), last: placeOf('2021-12-31'), inferred: true });
    const layout = lanesLayout([...marks, uncertain], axis, width);
    const ranged = layout.marks.filter((b) => b.range);
    expect(ranged.map((b) => b.mark.id).sort()).toEqual(['j1', 'u1']);
    if (layout.vertical) expect(layout.marks.find((b) => b.mark.id === 'u1')!.caption.length, 'under its badge').toBeGreaterThan(1);
    for (const b of ranged) {
      const bar = b.range!;
      for (const c of layout.marks) {
        const box = captionBox(c, layout.captionSize);
        const crosses = box.x0 < bar.x1 && bar.x0 < box.x1 && box.y0 < bar.y1 && bar.y0 < box.y1;
        expect(crosses, `${b.mark.id}'s bar / ${c.mark.id}'s caption`).toBe(false);
      }
    }
  });

  it('lays an embed\'s chart out compact, shorter than the page\'s at the same width', () => {
    for (const width of [390, 760, 1000]) {
      const [roomy, compact] = [false, true].map((c) => lanesLayout(marks, axis, width, timelineLegend([], () => '#000', null), c));
      expect(compact!.height, `at ${width}`).toBeLessThan(roomy!.height);
      expect(compact!.vertical).toBe(roomy!.vertical);
    }
  });

  it.each([false, true])('keeps marks moved down to stay apart within the chart where time runs down (compact: %s)', (compact) => {
    // Seven marks in the axis's last week: each moved below the one before, past the axis's end.
    const crowded = Array.from({ length: 7 }, (_, i) => mark(`c${i}`, 'meetings', `2023-12-2${i}`, `Crowded ${i}`));
    const layout = lanesLayout(crowded, axis, 390, [], compact);
    expect(layout.vertical).toBe(true);
    for (const b of layout.marks) expect(b.box.y + b.box.height, b.mark.id).toBeLessThanOrEqual(layout.height);
  });

  it.each([296, 366, 476, 599])('at %i px, where time runs down, writes every lane’s name within its column, one size for all, no smaller than 10 px', (width) => {
    const { lanes } = lanesLayout(marks, axis, width, [], true);
    const sizes = new Set(lanes.map((l) => l.labelSize));
    expect(sizes.size).toBe(1);
    expect([...sizes][0]).toBeGreaterThanOrEqual(10);
    lanes.forEach((lane, i) => {
      const next = lanes[i + 1]?.labelX ?? width;
      expect(lane.labelX + textWidth(lane.label, lane.labelSize, true), lane.id).toBeLessThanOrEqual(next - 4);
    });
  });

  it('runs a caption at the right edge inwards', () => {
    const layout = lanesLayout(marks, axis, 900);
    expect(layout.marks.find((b) => b.mark.id === 'm3')!.anchor).toBe('end');
  });

  it('has the filter’s entries in its legend only while a theme is chosen', () => {
    const themes = [{ id: 'a', label: 'Alpha' }];
    expect(timelineLegend(themes, () => '#000', null).map((e) => e.kind)).toEqual(['past', 'later', 'uncertain', 'dots', 'theme']);
    expect(timelineLegend(themes, () => '#000', 'a').find((e) => e.kind === 'ring')!.text).toBe('Ringed: on alpha');
  });

  it('leaves the marks as they were', () => {
    lanesLayout(marks, axis, 900);
    expect(JSON.stringify(marks)).toBe(frozen);
  });
});
