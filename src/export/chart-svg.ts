/**
 * What the timeline and Secretariat figures draw alike: fixed, print-safe colours (the dashboard's
 * light theme), the hatch pattern, the year axis, the current-date line, labels placed along the
 * axis without overlap, and a legend. Everything is SVG text with presentation attributes only
 * (the app's Content Security Policy refuses inline styles). Pure.
 */
import type { ScaleLinear } from 'd3-scale';
import { stackRows } from '../timeline/layout';
import type { Day } from '../lib/dates/partial-date';
import type { TimeAxis } from '../lib/clock/axis';
import { escapeXml } from '../lib/escape';
import { textWidth } from '../lib/text/measure';

/** The light theme's colours (src/app.css), fixed so that a figure prints the same anywhere. */
export const INK = {
  ink: '#14202e',
  ink2: '#3b4a5c',
  muted: '#5a6878',
  rule: '#d5dbe3',
  accent: '#0b4f8a',
  onAccent: '#ffffff',
  focus: '#c2410c',
  member: '#0b6e99',
  disputed: '#b45309',
  uncertain: '#8a96a6',
  surface: '#ffffff',
} as const;

/** The theme palette's light colours (`--theme-0` … `--theme-7` in TimelineView), by index. */
export const THEME_INK = ['#b3261e', '#0f6b3f', '#7b3fa0', '#0a5fa3', '#8a5300', '#4a5563', '#a3246e', '#555555'] as const;

/** Type sizes, in the figure's pixels (the figure is 1200 wide; a 2400 px PNG doubles them). */
export const TYPE = { label: 15, text: 14, small: 13 } as const;

export { textWidth };

/** A white outline under a label's letters, so that a line crossing it does not cut through them. */
export const HALO = { stroke: INK.surface, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } as const;

/** `<text>` with its content escaped; attributes are written as given (numbers and fixed words). */
export function text(x: number, y: number, content: string, attrs: Record<string, string | number> = {}): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}"${extra}>${escapeXml(content)}</text>`;
}

/** Coordinates to two decimals, so that the markup is deterministic and short. */
export const round = (n: number) => Math.round(n * 100) / 100;

/** The id of a hatch pattern in the colour `colour` ("#0b6e99" → "hatch-0b6e99"). */
export const hatchId = (colour: string) => `hatch-${colour.replace('#', '')}`;

/** A <pattern> of diagonal stripes (135°, like the dashboard's hatching) on a transparent ground. */
export function hatchPattern(colour: string): string {
  return `<pattern id="${hatchId(colour)}" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="7" fill="${colour}"/></pattern>`;
}

/** The year axis along the top: a rule, a tick and a label at each new year. */
export function yearAxis(x: ScaleLinear<number, number>, axis: TimeAxis, y: number, width: number): string {
  const parts = [`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${INK.ink2}" stroke-width="1.5"/>`];
  for (const t of axis.years) {
    const at = round(x(t.day));
    parts.push(`<line x1="${at}" x2="${at}" y1="${y - 7}" y2="${y}" stroke="${INK.ink2}" stroke-width="1"/>`);
    parts.push(text(at, y - 11, String(t.year), { 'font-size': TYPE.small, fill: INK.ink2, 'text-anchor': 'middle' }));
  }
  return `<g data-part="axis">${parts.join('')}</g>`;
}

/**
 * The current date as a line from the axis down to `bottom`, a marker on the axis and the date in
 * words at its foot (turned inwards near an edge).
 */
export function dateLine(x: ScaleLinear<number, number>, day: Day, label: string, top: number, bottom: number, width: number): string {
  const at = round(x(day));
  const w = textWidth(label, TYPE.small, true);
  const anchor = at + w / 2 + 4 > width ? 'end' : at - w / 2 - 4 < 0 ? 'start' : 'middle';
  return `<g data-part="current-date"><line x1="${at}" x2="${at}" y1="${top}" y2="${bottom}" stroke="${INK.focus}" stroke-width="2"/><path d="M${at - 6} ${top - 8}h12l-6 8z" fill="${INK.focus}"/>${text(
    at,
    bottom + TYPE.small + 2,
    label,
    { 'font-size': TYPE.small, 'font-weight': 700, fill: INK.focus, 'text-anchor': anchor },
  )}</g>`;
}

export interface Placed {
  /** Where the label's anchor sits along the axis, and how it is anchored. */
  readonly x: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The row (0 first) that keeps it clear of the labels before it. */
  readonly row: number;
}

/**
 * Labels along an axis `width` wide, stacked in rows so that none overlaps another (`stackRows` from
 * the timeline's layout). A label is centred on its position, or turned inwards where it would
 * cross an edge; `inset` is how far a turned label starts before its position (half a badge).
 * With `apart`, two neighbours that would overlap turn away from each other instead (the earlier
 * ends at its position, the later starts at its own), so that both can stay in the first row.
 */
export function placeLabels(items: readonly { at: number; width: number; inset?: number }[], width: number, gap = 10, apart = false): Placed[] {
  const anchors = items.map(({ at, width: w }): Placed['anchor'] => (at - w / 2 < 0 ? 'start' : at + w / 2 > width ? 'end' : 'middle'));
  if (apart) {
    const order = items.map((_, i) => i).sort((a, b) => items[a]!.at - items[b]!.at);
    order.slice(1).forEach((i, k) => {
      const before = order[k]!;
      const a = items[before]!;
      const b = items[i]!;
      if (a.at + a.width / 2 + gap > b.at - b.width / 2 && anchors[before] !== 'start' && b.at + b.width <= width) {
        anchors[before] = a.at - a.width >= 0 ? 'end' : anchors[before]!;
        anchors[i] = 'start';
      }
    });
  }
  const placed = items.map(({ at, width: w, inset = 0 }, i) => {
    const anchor = anchors[i]!;
    if (anchor === 'start') return { x: at - inset, anchor, centre: at - inset + w / 2 };
    if (anchor === 'end') return { x: at + inset, anchor, centre: at + inset - w / 2 };
    return { x: at, anchor, centre: at };
  });
  const rows = stackRows(placed.map((p, i) => ({ pos: p.centre, size: items[i]!.width + gap })));
  return placed.map((p, i) => ({ x: p.x, anchor: p.anchor, row: rows[i]! }));
}

/** A legend item: a swatch (markup drawn in a 24 × 14 box at the origin) and its words. */
export interface LegendItem {
  readonly swatch: string;
  readonly label: string;
}

/** Legend items in a row that wraps at `width`, from `y` down; returns the markup and the height used. */
export function legend(items: readonly LegendItem[], y: number, width: number): { markup: string; height: number } {
  const lineHeight = TYPE.small + 10;
  let cx = 0;
  let cy = y;
  const parts: string[] = [];
  for (const item of items) {
    const w = 30 + textWidth(item.label, TYPE.small) + 22;
    if (cx > 0 && cx + w > width) {
      cx = 0;
      cy += lineHeight;
    }
    parts.push(`<g transform="translate(${round(cx)} ${round(cy)})">${item.swatch}${text(30, 11.5, item.label, { 'font-size': TYPE.small, fill: INK.ink2 })}</g>`);
    cx += w;
  }
  return { markup: `<g data-part="legend">${parts.join('')}</g>`, height: cy - y + lineHeight };
}
