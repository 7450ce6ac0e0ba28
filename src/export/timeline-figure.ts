/**
 * The meetings timeline as a figure: the same lanes and marks as the view (`timelineMarks`,
 * `stackRows`, `yearTicks` from the timeline's layout), drawn as SVG at a given date, with its
 * words (title, date, caption, sources). Pure; nothing here mutates the dataset.
 */
import type { Dataset } from '../lib/data/schema';
import { formatDayAt, type Day, type Precision } from '../lib/dates/partial-date';
import { latestSentence, type NetworkModel } from '../lib/model';
import type { TimeAxis } from '../lib/clock/axis';
import { LANES, timelineMarks, type Mark } from '../timeline/layout';
import { PALETTE_SIZE, themeColor } from '../timeline/themes';
import { CHART_WIDTH, sourcesLine, type Chart, type FigureText } from './figure';
import { HALO, INK, THEME_INK, TYPE, dateLine, hatchId, hatchPattern, legend, placeLabels, round, text, textWidth, yearAxis } from './chart-svg';

export interface TimelineFigureOptions {
  /** The clock's day: marks on or before it are filled, and the date line stands on it. */
  readonly day: Day;
  /** How precisely the day was given ("June 2019" for ?date=2019-06). */
  readonly precision: Precision;
  /** The clock's time axis. */
  readonly axis: TimeAxis;
  /** The theme filter: a theme id, or null. Marks on it are ringed, the others greyed. */
  readonly theme?: string | null;
  /** The chart's width in its own units (the frame's inner width, so it is drawn unscaled). */
  readonly width?: number;
}

const BADGE_H = 26;
const ROW_H = 64;
const LANE_LABEL_H = 24;
const AXIS_Y = 34;
const EDGE = 18;

/** The theme's fixed colour, by the same index the view's `themeColor` gives it. */
function themeInk(themes: Dataset['themes'], id: string): string {
  const index = Number(/--theme-(\d+)/.exec(themeColor(themes, id))?.[1] ?? PALETTE_SIZE - 1);
  return THEME_INK[index] ?? INK.muted;
}

interface Look {
  readonly stroke: string;
  readonly fill: string;
  readonly ink: string;
  readonly dashed: boolean;
}

/** How a mark's badge looks at the day: the view's rules (filled once held, dashed when uncertain, greyed by the filter). */
function lookOf(m: Mark, past: boolean, filtered: boolean): Look {
  if (filtered) return { stroke: INK.uncertain, fill: INK.surface, ink: INK.muted, dashed: m.inferred || m.disputed };
  if (m.inferred) return { stroke: INK.ink2, fill: INK.surface, ink: INK.ink, dashed: true };
  const colour = m.kind === 'join' || m.kind === 'founding' ? INK.member : m.kind === 'related' ? INK.ink2 : INK.accent;
  return { stroke: m.disputed ? INK.disputed : colour, fill: past ? colour : INK.surface, ink: past ? INK.onAccent : colour, dashed: m.disputed };
}

const badgeSize = (m: Mark) => (m.kind === 'join' || m.kind === 'founding' ? TYPE.small - 1 : TYPE.small);
const badgeWidth = (m: Mark) => Math.max(BADGE_H, textWidth(m.badge, badgeSize(m), true) + 12);

/** One badge, centred on (x, y). */
function badge(m: Mark, x: number, y: number, look: Look, ringed: boolean): string {
  const w = badgeWidth(m);
  const h = m.kind === 'related' ? BADGE_H - 4 : BADGE_H;
  const rx = m.kind === 'board' ? 4 : h / 2;
  const ring = ringed ? `<rect x="${round(x - w / 2 - 5)}" y="${round(y - h / 2 - 5)}" width="${round(w + 10)}" height="${h + 10}" rx="${rx + 5}" fill="none" stroke="${INK.ink}" stroke-width="2.5"/>` : '';
  return `${ring}<rect x="${round(x - w / 2)}" y="${round(y - h / 2)}" width="${round(w)}" height="${h}" rx="${rx}" fill="${look.fill}" stroke="${look.stroke}" stroke-width="2"${
    look.dashed ? ' stroke-dasharray="4 3"' : ''
  }/>${text(x, y + badgeSize(m) * 0.36, m.badge, { 'font-size': badgeSize(m), 'font-weight': 700, fill: look.ink, 'text-anchor': 'middle' })}`;
}

/** The timeline drawn as SVG markup at a day, `width` units wide. */
export function timelineChart(model: NetworkModel, options: TimelineFigureOptions): Chart {
  const data = model.data;
  const width = options.width ?? CHART_WIDTH;
  const { day, axis } = options;
  const theme = options.theme ?? null;
  const x = axis.over(EDGE, width - EDGE);
  const marks = timelineMarks(model);
  const lanes: string[] = [];
  let y = AXIS_Y + 12;

  for (const lane of LANES) {
    const here = marks.filter((m) => m.lane === lane.id);
    const extents = here.map((m) => Math.max(badgeWidth(m), textWidth(m.caption, TYPE.small), (m.kind === 'related' ? 0 : m.themes.length) * 10));
    const placed = placeLabels(
      here.map((m, i) => ({ at: x(m.at), width: extents[i]!, inset: badgeWidth(m) / 2 })),
      width,
    );
    const rows = Math.max(0, ...placed.map((p) => p.row)) + 1;
    const track = y + LANE_LABEL_H + BADGE_H / 2 + 2;
    const parts = [
      text(0, y + TYPE.label, lane.label, { 'font-size': TYPE.label, 'font-weight': 700, fill: INK.ink2, ...HALO }),
      `<line x1="0" x2="${width}" y1="${track}" y2="${track}" stroke="${INK.rule}" stroke-width="1"/>`,
    ];
    // The span a date may mean, under the markers (hatched where it is uncertain).
    for (const m of here) {
      if (m.last <= m.first + 3) continue;
      const hatched = m.inferred || m.disputed;
      parts.push(
        `<rect x="${round(x(m.first))}" y="${track - 4}" width="${round(x(m.last) - x(m.first))}" height="8" rx="3" fill="${hatched ? `url(#${hatchId(INK.uncertain)})` : INK.uncertain}"${
          hatched ? ` stroke="${INK.uncertain}" stroke-width="1"` : ''
        } data-range="${m.id}"/>`,
      );
    }
    here.forEach((m, i) => {
      const p = placed[i]!;
      const cy = track + p.row * ROW_H;
      const at = x(m.at);
      const past = m.at <= day;
      const matches = theme !== null && m.themes.includes(theme);
      const look = lookOf(m, past, theme !== null && !matches);
      const captionY = cy + BADGE_H / 2 + TYPE.small + 3;
      const dots =
        m.kind === 'related'
          ? ''
          : m.themes
              .map((t, k) => {
                const start = p.anchor === 'middle' ? p.x - ((m.themes.length - 1) * 10) / 2 : p.anchor === 'start' ? p.x + 5 : p.x - 5 - (m.themes.length - 1) * 10;
                return `<circle cx="${round(start + k * 10)}" cy="${round(captionY + 9)}" r="4" fill="${themeInk(data.themes, t)}"/>`;
              })
              .join('');
      const leader = p.row > 0 ? `<line x1="${round(at)}" x2="${round(at)}" y1="${track}" y2="${round(cy - BADGE_H / 2)}" stroke="${INK.rule}" stroke-width="1"/>` : '';
      parts.push(
        `<g data-mark="${m.id}" data-kind="${m.kind}" data-past="${past}">${leader}${badge(m, at, cy, look, matches)}${text(p.x, captionY, m.caption, {
          'font-size': TYPE.small,
          fill: matches ? INK.ink : INK.ink2,
          'font-weight': matches ? 700 : 400,
          'text-anchor': p.anchor,
          ...HALO,
        })}${dots}</g>`,
      );
    });
    lanes.push(`<g data-lane="${lane.id}">${parts.join('')}</g>`);
    y = track - BADGE_H / 2 - 2 + rows * ROW_H + 6;
  }

  const bottom = y;
  const key = legend(
    [
      { swatch: `<circle cx="12" cy="7" r="7" fill="${INK.accent}"/>`, label: 'Held by the date' },
      { swatch: `<circle cx="12" cy="7" r="6" fill="${INK.surface}" stroke="${INK.accent}" stroke-width="2"/>`, label: 'Later' },
      { swatch: `<rect y="3" width="24" height="8" fill="url(#${hatchId(INK.uncertain)})" stroke="${INK.uncertain}"/>`, label: 'Date uncertain (inferred, or the sources disagree)' },
      ...data.themes.map((t) => ({ swatch: `<circle cx="12" cy="7" r="5" fill="${themeInk(data.themes, t.id)}"/>`, label: t.label })),
    ],
    bottom + 40,
    width,
  );
  const height = Math.ceil(bottom + 40 + key.height);
  const markup = [
    `<defs>${hatchPattern(INK.uncertain)}</defs>`,
    yearAxis(x, axis, AXIS_Y, width),
    // Under the marks, so that it never hides a badge's number.
    dateLine(x, day, formatDayAt(day, options.precision), AXIS_Y, bottom, width),
    ...lanes,
    key.markup,
  ].join('\n');
  return { markup, width, height };
}

/** The words around the timeline figure at a day. */
export function timelineFigureText(model: NetworkModel, options: TimelineFigureOptions): FigureText {
  const data = model.data;
  const { day } = options;
  const at = model.at(day);
  const counts = at.counts;
  const board = data.meetings.filter((m) => m.kind === 'board' && at.held.has(m.id));
  const related = model.events.filter((e) => e.kind === 'related' && e.day <= day);
  const theme = options.theme ? data.themes.find((t) => t.id === options.theme) : undefined;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `By this date: ${plural(counts.meetings, 'meeting', 'meetings')} of the Permanent Conference, ${plural(board.length, 'Executive Board meeting', 'Executive Board meetings')}, ${plural(
      related.length,
      'related regional event',
      'related regional events',
    )}; ${plural(counts.countries, 'member country', 'member countries')}.`,
    latestSentence(at),
    'Filled marks had happened by the date, hollow ones came later; hatched spans are dates the sources leave uncertain.',
    theme ? `Ringed: meetings and events on ${theme.label.toLowerCase()}.` : '',
  ];
  const ids = [
    ...data.meetings.flatMap((m) => [...m.when.sources, ...(m.place.kind === 'unknown' ? [] : m.place.sources), ...m.topics.flatMap((t) => t.sources)]),
    ...data.relatedEvents.flatMap((e) => e.sources),
    ...data.members.flatMap((m) => m.joined.flatMap((j) => j.sources)),
  ];
  return {
    title: 'Meetings of the Permanent Conference of Organised Crime Prosecutors',
    date: formatDayAt(day, options.precision),
    caption: parts.filter(Boolean).join(' '),
    sources: sourcesLine(data, ids),
  };
}

/** The timeline figure: its chart and its words. */
export function timelineFigure(model: NetworkModel, options: TimelineFigureOptions): { chart: Chart; text: FigureText } {
  return { chart: timelineChart(model, options), text: timelineFigureText(model, options) };
}
