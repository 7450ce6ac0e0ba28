/**
 * Placing labels along an axis so that none overlaps another: the one algorithm both charts use.
 * Pure; positions and sizes are in one unit (pixels).
 */

/**
 * Rows for captions along an axis so that none overlaps the one before it in the same row: each
 * item goes into the first row whose last caption ends before it starts. Items are centred on
 * their position; the input's order is kept in the output.
 */
export function stackRows(items: readonly { pos: number; size: number }[]): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.pos - items[b]!.pos || a - b);
  const ends: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const { pos, size } = items[i]!;
    const start = pos - size / 2;
    let row = ends.findIndex((end) => end <= start);
    if (row === -1) row = ends.length;
    ends[row] = pos + size / 2;
    rows[i] = row;
  }
  return rows;
}

export interface PlacedLabel {
  /** Where the text is anchored, and how ("start": the text runs right from x). */
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The row it goes in (0 nearest the axis). */
  readonly row: number;
}

/**
 * Labels for marks at `at` along an axis `width` wide, each `width` wide: centred on its mark, or
 * aligned to the mark where centring would cross an edge, then stacked in rows so none overlaps.
 */
export function placeLabels(items: readonly { at: number; width: number }[], width: number, gap = 10): PlacedLabel[] {
  const placed = items.map(({ at, width: w }) => {
    const anchor = at - w / 2 < 0 ? 'start' : at + w / 2 > width ? 'end' : 'middle';
    return { x: at, anchor, centre: anchor === 'start' ? at + w / 2 : anchor === 'end' ? at - w / 2 : at } as const;
  });
  const rows = stackRows(placed.map((p, i) => ({ pos: p.centre, size: items[i]!.width + gap })));
  return placed.map((p, i) => ({ x: p.x, anchor: p.anchor, row: rows[i]! }));
}
