/**
 * The theme chart's geometry: one row per theme of themes.json, one column per meeting with topics
 * (in time order), a dot in each cell whose area is the number of that meeting's topics on the
 * theme, and each row's count of meetings at its end. Pure: the page's table, the figure and the
 * stage draw from the same counts (`themeMatrix`), this places them.
 */
import { meetingTitle, themeLabel, type NetworkModel } from '../lib/model';
import type { Day } from '../lib/dates/partial-date';
import { placeOf } from '../lib/dates/partial-date';
import { textWidth, wrapText } from '../lib/text/measure';
import type { Meeting } from '../lib/data/schema';

export interface ThemeCell {
  readonly meeting: Meeting;
  /** Topics of this theme at this meeting. */
  readonly topics: number;
}

export interface ThemeRow {
  readonly themeId: string;
  readonly label: string;
  readonly cells: readonly ThemeCell[];
  /** Meetings with at least one topic of this theme. */
  readonly meetings: number;
  /** Topics of this theme, over all meetings. */
  readonly topics: number;
}

/**
 * How often each theme came up at each meeting, over time: one row per theme (in the order of
 * themes.json), one cell per meeting that has topics (in time order).
 */
export function themeMatrix(model: NetworkModel): { columns: Meeting[]; rows: ThemeRow[] } {
  const data = model.data;
  const columns = [...model.meetings.values()].filter((i) => i.meeting.topics.length > 0).sort((a, b) => a.period.first - b.period.first).map((i) => i.meeting);
  const rows = data.themes.map((theme) => {
    const cells = columns.map((meeting) => ({ meeting, topics: meeting.topics.filter((t) => t.themes.includes(theme.id)).length }));
    return {
      themeId: theme.id,
      label: themeLabel(theme),
      cells,
      meetings: cells.filter((c) => c.topics > 0).length,
      topics: cells.reduce((n, c) => n + c.topics, 0),
    };
  });
  return { columns, rows };
}

/** Type sizes, in the chart's own units. */
export const TYPE = { label: 15, small: 12 } as const;

export interface ThemesColumn {
  readonly id: string;
  /** Its number ("5"), or its title without "meeting" where it has none. */
  readonly label: string;
  readonly year: string;
  readonly x: number;
  /** Held after the day shown: its dots are faded. */
  readonly later: boolean;
}

export interface ThemesDot {
  readonly meeting: string;
  readonly x: number;
  readonly r: number;
  readonly topics: number;
  readonly later: boolean;
}

export interface ThemesRow {
  readonly themeId: string;
  /** Its index in themes.json (its colour). */
  readonly index: number;
  readonly label: string;
  /** Its label's lines: one, unless the labels are wrapped (the stage's). */
  readonly lines: readonly string[];
  /** Its middle, and its foot (the rule under it). */
  readonly y: number;
  readonly foot: number;
  readonly dots: readonly ThemesDot[];
  /** How many meetings discussed it (by the day shown). */
  readonly meetings: number;
}

export interface ThemesLayout {
  readonly width: number;
  readonly height: number;
  /** Where the column heads' numbers and years stand. */
  readonly headY: number;
  readonly yearY: number;
  readonly columns: readonly ThemesColumn[];
  readonly rows: readonly ThemesRow[];
  /** The x of each row's count of meetings, and its head. */
  readonly totalX: number;
  /** The largest dot's radius (the legend's scale). */
  readonly maxR: number;
  /** The largest count in one cell. */
  readonly most: number;
}

const ROW = 40;
const HEAD = 52;
/** A wrapped label's line height, and a row's room above and below its lines. */
export const LINE = 18;
const ROW_PAD = 10;

/** A column is never narrower than this: its year stays apart from the next (the chart grows wider instead). */
const MIN_STEP = 48;

/**
 * The chart `wanted` units wide (or as wide as its columns need) at `day` (meetings after it faded, not
 * counted). With `wrap`, each theme's label is broken into lines of at most that width and its row is as
 * high as its lines need: the stage trades width for height so as to fill its picture area.
 */
export function themesLayout(model: NetworkModel, wanted: number, day: Day, wrap = Infinity): ThemesLayout {
  const matrix = themeMatrix(model);
  const most = Math.max(1, ...matrix.rows.flatMap((r) => r.cells.map((c) => c.topics)));
  const lines = matrix.rows.map((r) => (wrap < Infinity ? wrapText(r.label, wrap, TYPE.label) : [r.label]));
  const labelWidth = Math.max(...lines.flat().map((line) => textWidth(line, TYPE.label))) + 28;
  const totalWidth = 72;
  const width = Math.max(wanted, labelWidth + totalWidth + MIN_STEP * matrix.columns.length);
  const step = (width - labelWidth - totalWidth) / Math.max(1, matrix.columns.length);
  const maxR = Math.min(ROW * 0.45, step * 0.45);
  const columns = matrix.columns.map((m, i) => {
    const start = placeOf(m.when.start);
    return { id: m.id, label: m.number !== null ? String(m.number) : meetingTitle(m).replace(/ meeting$/, ''), year: m.when.start.slice(0, 4), x: labelWidth + step * (i + 0.5), later: start > day };
  });
  let top = HEAD;
  const rows = matrix.rows.map((row, index) => {
    const dots = row.cells.map((cell, i) => ({ meeting: cell.meeting.id, x: columns[i]!.x, r: cell.topics > 0 ? maxR * Math.sqrt(cell.topics / most) : 0, topics: cell.topics, later: columns[i]!.later }));
    const high = Math.max(ROW, lines[index]!.length * LINE + 2 * ROW_PAD);
    top += high;
    return {
      themeId: row.themeId,
      index,
      label: row.label,
      lines: lines[index]!,
      y: top - high / 2,
      foot: top,
      dots,
      meetings: dots.filter((d) => d.topics > 0 && !d.later).length,
    };
  });
  return { width, height: top + 8, headY: 20, yearY: 38, columns, rows, totalX: width - totalWidth / 2, maxR, most };
}
