/**
 * The timeline's geometry, in pixels for a given width: where each lane goes, where each mark's
 * badge sits on the time axis, where its caption goes so that no two captions overlap and no word
 * is broken, the ranges of uncertain dates, and the year ticks. Wide charts run time across
 * (lanes stacked); narrow ones (under VERTICAL_BELOW) run it down the page (lanes side by side).
 * Pure: the page and the downloaded figure both draw what this returns (`Lanes.svg.svelte`).
 */
import { axisLabels, type TimeAxis } from '../lib/clock/axis';
import { axisScale } from '../lib/clock/axis-scale';
import type { Day } from '../lib/dates/partial-date';
import { placeLabels } from '../lib/text/place';
import { textWidth, wrapText } from '../lib/text/measure';
import { flowLegend } from '../lib/text/flow';
import { LANES, laneLabel, type Lane } from './lanes';
import type { Mark } from './marks';
import { t } from '../i18n';
import { themeLabel } from '../lib/model';

/** Narrower than this, time runs down the page and the lanes stand side by side. */
export const VERTICAL_BELOW = 600;
/** Type sizes in pixels. */
export const TYPE = { badge: 13, caption: 13, lane: 13, axis: 12 } as const;
const BADGE_H = 28;
const DOT = 8;
const AXIS_H = 30;
const EDGE = 18;
const LINE = 1.25;

/**
 * How much room the chart gives its parts: the page's and the figure's, or an embed's (`compact`,
 * a figure in someone else's page): rows just taller than a mark, lane names closer to their lane,
 * and where time runs down, fewer pixels per year, so the whole chart fits in the frame unscrolled.
 */
const SPACING = {
  roomy: { row: 66, laneLabel: 24, yearPx: 110 },
  compact: { row: 60, laneLabel: 20, yearPx: 52 },
} as const;
type Spacing = (typeof SPACING)[keyof typeof SPACING];

export interface MarkBox {
  readonly mark: Mark;
  /** The badge's centre and width. */
  readonly x: number;
  readonly y: number;
  /** The mark's day along the time axis (y where time runs down; the badge may sit a little below it). */
  readonly day: number;
  readonly badgeWidth: number;
  /** The caption's lines, where the first baseline sits, and how it is anchored. */
  readonly caption: readonly string[];
  readonly captionX: number;
  readonly captionY: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** Where the theme dots start (their centres run right from here), or null for none. */
  readonly dots: { readonly x: number; readonly y: number } | null;
  /** The days the date may mean, drawn as a bar under the badge where longer than a few days. */
  readonly range: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number } | null;
  /** The box a reader can point at: badge, caption and dots (the page's button covers it). */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface LaneBox {
  readonly id: Lane;
  readonly label: string;
  /** The lane's label, where it is written. */
  readonly labelX: number;
  readonly labelY: number;
  /** The name's type size: `TYPE.lane`, or where time runs down and the columns are narrow, as large as lets every name fit its column (not under 10). */
  readonly labelSize: number;
  /** The lane's band: a line runs along its marks' badges. */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A line of the legend: what a swatch means. */
export interface LegendEntry {
  readonly kind: 'past' | 'later' | 'uncertain' | 'dots' | 'ring' | 'faded' | 'theme';
  readonly text: string;
  /** A theme's colour (theme entries). */
  readonly color?: string;
}

export interface LegendBox extends LegendEntry {
  /** Its words in lines that fit the width. */
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

/** What the marks' looks mean, and each theme's colour; the filter's looks only while it is on. */
export function timelineLegend(themes: readonly { id: string; label: string }[], color: (id: string) => string, filter: string | null): LegendEntry[] {
  const on = filter === null ? undefined : themes.find((t) => t.id === filter);
  return [
    { kind: 'past', text: t('timeline.legend.past') },
    { kind: 'later', text: t('timeline.legend.later') },
    { kind: 'uncertain', text: t('timeline.legend.uncertain') },
    { kind: 'dots', text: t('timeline.legend.dots') },
    ...(on
      ? [
          { kind: 'ring', text: t('timeline.legend.ring', { theme: themeLabel(on).toLowerCase() }) } as const,
          { kind: 'faded', text: t('timeline.legend.faded') } as const,
        ]
      : []),
    ...themes.map((t) => ({ kind: 'theme', text: themeLabel(t), color: color(t.id) }) as const),
  ];
}

/** The legend's entries in rows that fit the width, from `top`; returns them and the bottom. */
function placeLegend(entries: readonly LegendEntry[], width: number, top: number): { boxes: LegendBox[]; bottom: number } {
  const size = TYPE.caption - 1;
  const { boxes, last } = flowLegend(
    entries.map((e) => e.text),
    { left: 0, right: width, top: top + TYPE.caption, size, line: LINE, swatch: 26, after: 20, wrap: width - 26, rowGap: 6 },
  );
  return { boxes: entries.map((e, i) => ({ ...e, ...boxes[i]! })), bottom: entries.length ? last + 8 : top };
}

export interface LanesLayout {
  readonly width: number;
  readonly height: number;
  readonly vertical: boolean;
  /** The captions' type size. */
  readonly captionSize: number;
  /** A day's place along the time axis (x across, y down). */
  readonly at: (day: Day) => number;
  /** Where the axis ends (today), along it. */
  readonly end: number;
  /** The axis: its line, and a tick per year. */
  readonly axis: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
  /** The year ticks; `end`: today's, at the axis's end after its break (its words end there). */
  readonly ticks: readonly { readonly x: number; readonly y: number; readonly text: string; readonly end: boolean }[];
  /** Where the axis breaks along it (the sources end, the time after them drawn short), or null. */
  readonly axisBreak: number | null;
  readonly lanes: readonly LaneBox[];
  readonly marks: readonly MarkBox[];
  /** Where the date cursor runs, across the lanes. */
  readonly cursorSpan: readonly [number, number];
  readonly legend: readonly LegendBox[];
}

export const badgeWidth = (m: Mark): number => Math.max(BADGE_H, textWidth(m.badge, TYPE.badge, true) + 14);
const hasDots = (m: Mark) => m.kind !== 'related' && m.themes.length > 0;
/** How wide a mark's row of theme dots is drawn (0 for none). */
const dotsWidth = (m: Mark) => (hasDots(m) ? m.themes.length * (DOT + 2) - 2 : 0);

/** The chart at `width`; `compact` for an embed (see SPACING). */
export function lanesLayout(marks: readonly Mark[], axis: TimeAxis, width: number, legend: readonly LegendEntry[] = [], compact = false): LanesLayout {
  const spacing = compact ? SPACING.compact : SPACING.roomy;
  const chart = width < VERTICAL_BELOW ? vertical(marks, axis, width, spacing) : horizontal(marks, axis, width, spacing);
  const placed = placeLegend(legend, width, chart.height + 8);
  return { ...chart, height: Math.ceil(placed.bottom), legend: placed.boxes };
}

function horizontal(marks: readonly Mark[], axis: TimeAxis, width: number, spacing: Spacing): Omit<LanesLayout, 'legend'> {
  const x = axisScale(axis, EDGE, width - EDGE);
  const ticks = axisLabels(axis).map((t) => ({ x: x(t.day), y: AXIS_H - 10, text: String(t.year), end: t.end }));
  const boxes: MarkBox[] = [];
  const lanes: LaneBox[] = [];
  let y = AXIS_H + 10;
  for (const lane of LANES) {
    const here = marks.filter((m) => m.lane === lane.id);
    const widths = here.map((m) => Math.max(badgeWidth(m), textWidth(m.caption, TYPE.caption), dotsWidth(m)));
    const placed = placeLabels(
      here.map((m, i) => ({ at: x(m.at), width: widths[i]! })),
      width,
      12,
    );
    const rows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 1;
    const top = y + spacing.laneLabel;
    here.forEach((m, i) => {
      const p = placed[i]!;
      const bx = x(m.at);
      const by = top + p.row * spacing.row + BADGE_H / 2;
      const bw = badgeWidth(m);
      // At an edge the caption runs inwards from the badge's outer side.
      const captionX = p.anchor === 'start' ? bx - bw / 2 : p.anchor === 'end' ? bx + bw / 2 : bx;
      const badgeTop = by - BADGE_H / 2;
      const captionY = by + BADGE_H / 2 + TYPE.caption + 2;
      const left = p.anchor === 'start' ? captionX : p.anchor === 'end' ? captionX - widths[i]! : bx - widths[i]! / 2;
      const dots = dotsWidth(m);
      const dotsX = p.anchor === 'start' ? captionX + DOT / 2 : p.anchor === 'end' ? captionX - dots + DOT / 2 : bx - dots / 2 + DOT / 2;
      boxes.push({
        mark: m,
        x: bx,
        y: by,
        day: bx,
        badgeWidth: bw,
        caption: [m.caption],
        captionX,
        captionY,
        anchor: p.anchor,
        dots: dots > 0 ? { x: dotsX, y: captionY + 9 } : null,
        range: hasRange(m) ? { x0: x(m.first), y0: by - RANGE_HALF, x1: x(m.last), y1: by + RANGE_HALF } : null,
        box: { x: Math.min(left, bx - bw / 2) - 2, y: badgeTop - 2, width: Math.max(widths[i]!, bw) + 4, height: captionY + (dots > 0 ? 14 : 5) - badgeTop + 2 },
      });
    });
    const bottom = top + rows * spacing.row;
    const lineY = top + BADGE_H / 2;
    lanes.push({ id: lane.id, label: laneLabel(lane.id), labelX: 0, labelY: y + TYPE.lane + 2, labelSize: TYPE.lane, x0: 0, y0: lineY, x1: width, y1: lineY });
    y = bottom;
  }
  return {
    width,
    height: Math.ceil(y + 4),
    vertical: false,
    captionSize: TYPE.caption,
    at: x,
    end: x(axis.end),
    axisBreak: axis.broken && axis.sourcesEnd !== null ? x(axis.sourcesEnd) : null,
    axis: { x0: 0, y0: AXIS_H, x1: width, y1: AXIS_H },
    ticks,
    lanes,
    marks: boxes,
    cursorSpan: [AXIS_H - 6, y],
  };
}

/** Columns' shares of the width left of the axis, lane by lane (the meetings lane is widest). */
const COLUMN_SHARES: Record<Lane, number> = { meetings: 1.4, board: 0.8, related: 1.1, joinings: 1.3 };

/**
 * Where time runs down, marks that crowd one another move down (below); at few pixels a year (an embed
 * on a phone) a run of meetings with captions under their badges would carry the last ones a year or
 * more past their days, some into the stretch after the sources. So the axis is drawn longer, a step at
 * a time up to the page's own pixels a year, until every mark sits near its day: moved down by at most
 * half a year (never less than a badge's height), and a mark dated within the sources never past where
 * they end.
 */
function vertical(marks: readonly Mark[], axis: TimeAxis, width: number, spacing: Spacing): Omit<LanesLayout, 'legend'> {
  let yearPx = spacing.yearPx;
  let layout = verticalAt(marks, axis, width, spacing, yearPx);
  while (!nearTheirDays(layout, axis, yearPx) && yearPx + YEAR_PX_STEP <= SPACING.roomy.yearPx) {
    yearPx += YEAR_PX_STEP;
    layout = verticalAt(marks, axis, width, spacing, yearPx);
  }
  return layout;
}
/** Half the thickness of the bar of an uncertain date's range. */
const RANGE_HALF = 3;
/** Whether a mark's date is uncertain by more than a few days: its range is drawn. */
const hasRange = (m: Mark) => m.last > m.first + 3;

/** How much longer a year is drawn at each step of `vertical`. */
const YEAR_PX_STEP = 6;

/** Whether every mark of a layout where time runs down sits near its day (see `vertical`). */
export function nearTheirDays(layout: Pick<LanesLayout, 'marks' | 'axisBreak'>, axis: TimeAxis, yearPx: number): boolean {
  const most = Math.max(BADGE_H, yearPx / 2);
  return layout.marks.every(
    (b) => b.y - b.day <= most && (layout.axisBreak === null || axis.sourcesEnd === null || b.mark.at > axis.sourcesEnd || b.y - BADGE_H / 2 <= layout.axisBreak),
  );
}

function verticalAt(marks: readonly Mark[], axis: TimeAxis, width: number, spacing: Spacing, yearPx: number): Omit<LanesLayout, 'legend'> {
  const axisW = 40;
  const header = spacing.laneLabel + 8;
  const top = header + 14;
  const length = (axis.length / 365.25) * yearPx;
  const y = axisScale(axis, top, top + length);
  const total = LANES.reduce((n, l) => n + COLUMN_SHARES[l.id], 0);
  const ticks = axisLabels(axis).map((t) => ({ x: axisW - 8, y: y(t.day), text: String(t.year), end: t.end }));
  const boxes: MarkBox[] = [];
  const lanes: LaneBox[] = [];
  const columnWidth = (lane: Lane) => ((width - axisW - 6) * COLUMN_SHARES[lane]) / total;
  // The lanes' names side by side over their columns: one size for all, as large as lets each fit its column with a gap.
  const labelSize = Math.max(10, Math.min(TYPE.lane, ...LANES.map((l) => Math.floor((TYPE.lane * (columnWidth(l.id) - 6) * 2) / textWidth(laneLabel(l.id, true), TYPE.lane, true)) / 2)));
  let x0 = axisW + 6;
  for (const lane of LANES) {
    const w = columnWidth(lane.id);
    const here = marks.filter((m) => m.lane === lane.id);
    const size = TYPE.caption - 2;
    const lineH = size * LINE;
    /**
     * Beside the badge where every word fits there, else under it; never a word broken. Under the
     * badge of an uncertain date, the caption starts right of the range's bar running down from the
     * badge where every word fits there; else the bar is drawn from below the caption (`clear`: none,
     * where the caption covers it all; the mark's details give its dates as the sources do). A word
     * wider than its column runs back left, over the column's edge, never out of the chart.
     */
    const captionOf = (m: Mark) => {
      const bw = badgeWidth(m);
      const left = x0 + 4;
      const right = x0 + w - 2;
      const room = right - (left + bw + 4);
      const widest = Math.max(...m.caption.split(/\s+/).map((word) => textWidth(word, size)));
      if (widest <= room) return { beside: true, left, x: left + bw + 4, clear: true, lines: wrapText(m.caption, room, size) };
      const pastRange = left + bw / 2 + RANGE_HALF + 4;
      if (hasRange(m) && widest <= right - pastRange) return { beside: false, left, x: pastRange, clear: true, lines: wrapText(m.caption, right - pastRange, size) };
      const lines = wrapText(m.caption, right - left, size);
      const textW = Math.max(...lines.map((line) => textWidth(line, size)));
      return { beside: false, left, x: Math.max(0, Math.min(left, right - textW)), clear: !hasRange(m), lines };
    };
    // Marks that would touch along the time axis move down just enough, in time order (the first
    // below the lanes' names); a short leader joins a moved badge to its day on the lane's line.
    let free = header - 3;
    here.forEach((m) => {
      const bw = badgeWidth(m);
      const { beside, left, x: captionX, clear, lines } = captionOf(m);
      const day = y(m.at);
      const topOf = (centre: number) => (beside ? Math.min(centre - BADGE_H / 2, centre - ((lines.length - 1) * lineH) / 2 + 4 - size) : centre - BADGE_H / 2);
      const by = day + Math.max(0, free + 3 - topOf(day));
      const height = beside ? Math.max(BADGE_H, lines.length * lineH) : BADGE_H + 2 + lines.length * lineH;
      free = topOf(by) + height;
      const bx = left + bw / 2;
      const captionY = beside ? by - ((lines.length - 1) * lineH) / 2 + 4 : by + BADGE_H / 2 + size + 1;
      // A range's bar runs down from the badge; under a caption it could not pass, it is drawn from below it.
      const rangeFrom = clear ? y(m.first) : Math.max(y(m.first), captionY + (lines.length - 1) * lineH + 4);
      const textW = Math.max(...lines.map((l) => textWidth(l, size)));
      const y0 = topOf(by);
      boxes.push({
        mark: m,
        x: bx,
        y: by,
        day,
        badgeWidth: bw,
        caption: lines,
        captionX,
        captionY,
        anchor: 'start',
        dots: null,
        range: hasRange(m) && y(m.last) - rangeFrom > RANGE_HALF ? { x0: bx - RANGE_HALF, y0: rangeFrom, x1: bx + RANGE_HALF, y1: y(m.last) } : null,
        box: { x: Math.min(left, captionX) - 2, y: y0 - 2, width: Math.max(left + bw, captionX + textW) - Math.min(left, captionX) + 4, height: height + 4 },
      });
    });
    lanes.push({ id: lane.id, label: laneLabel(lane.id, true), labelX: x0, labelY: header - 6, labelSize, x0: x0 + 4 + BADGE_H / 2, y0: top, x1: x0 + 4 + BADGE_H / 2, y1: top + length });
    x0 += w;
  }
  return {
    width,
    // Marks moved down to stay apart may end below the axis's end (a short axis in an embed).
    height: Math.ceil(Math.max(top + length + BADGE_H, ...boxes.map((b) => b.box.y + b.box.height))),
    vertical: true,
    captionSize: TYPE.caption - 2,
    at: y,
    end: y(axis.end),
    axisBreak: axis.broken && axis.sourcesEnd !== null ? y(axis.sourcesEnd) : null,
    axis: { x0: axisW, y0: top, x1: axisW, y1: top + length },
    ticks,
    lanes,
    marks: boxes,
    cursorSpan: [0, width],
  };
}
