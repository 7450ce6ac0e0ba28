/**
 * The Secretariat's chairs as a figure: the same bars, hatched uncertain parts and milestones as
 * the view (`termBars`, `handoverGaps`), drawn as SVG at a given date, with its words (title,
 * date, a caption naming the chair and the Executive Board at that date, sources). Pure.
 */
import { formatDayAt, formatPartialDate, type Day, type Precision } from '../lib/dates/partial-date';
import { boardSentence, chairSentence, milestoneWords, type NetworkModel } from '../lib/model';
import type { TimeAxis } from '../lib/clock/axis';
import { CHART_WIDTH, sourcesLine, type Chart, type FigureText } from './figure';
import { HALO, INK, TYPE, dateLine, hatchId, hatchPattern, legend, placeLabels, round, text, textWidth, yearAxis } from './chart-svg';

export interface RotationFigureOptions {
  /** The clock's day: the date line stands on it, and the chair holding it is named. */
  readonly day: Day;
  /** How precisely the day was given. */
  readonly precision: Precision;
  /** The clock's time axis. */
  readonly axis: TimeAxis;
  /** The chart's width in its own units (the frame's inner width, so it is drawn unscaled). */
  readonly width?: number;
}

const AXIS_Y = 34;
const BAR_H = 20;
const EDGE = 18;
const MILESTONE_ROW = TYPE.small + 7;

/** The Secretariat chart drawn as SVG markup at a day, `width` units wide. */
export function rotationChart(model: NetworkModel, options: RotationFigureOptions): Chart {
  const width = options.width ?? CHART_WIDTH;
  const { day, axis } = options;
  const x = axis.over(EDGE, width - EDGE);
  const holders = model.at(day).chair;
  const hatch = `url(#${hatchId(INK.member)})`;
  const rows: string[] = [];
  let y = AXIS_Y + 16;

  for (const bar of model.terms) {
    const holding = holders.find((h) => h.holder === bar);
    const tag = holding ? (holding.certainty === 'certain' ? ' · holds the chair' : ' · may hold the chair') : '';
    const parts = [text(0, y + TYPE.label, `${bar.label}${tag}`, { 'font-size': TYPE.label, 'font-weight': holding ? 700 : 400, fill: holding ? INK.ink : INK.ink2, ...HALO })];
    const top = y + TYPE.label + 8;
    for (const s of bar.segments) {
      const from = x(s.from);
      const to = s.to === null ? x.range()[1]! : x(s.to);
      const certain = s.kind === 'certain';
      parts.push(
        `<rect x="${round(from)}" y="${top}" width="${round(Math.max(1, to - from))}" height="${BAR_H}" fill="${certain ? INK.member : hatch}"${
          certain ? ' rx="2"' : ` stroke="${INK.member}" stroke-width="1.5"`
        } data-segment="${s.kind}"/>`,
      );
    }
    // Each reading as a tick on the bar, its words under it, stacked where they would overlap.
    const words = bar.milestones.map((m) => `${milestoneWords(m.milestone, m.side)}, ${formatPartialDate(m.milestone.date)}`);
    const placed = placeLabels(
      bar.milestones.map((m, i) => ({ at: x(m.day), width: textWidth(words[i]!, TYPE.small), inset: -5 })),
      width,
      14,
      true,
    );
    const labelY = (i: number) => top + BAR_H + 6 + (placed[i]!.row + 1) * MILESTONE_ROW - 4;
    // Ticks first, then their words over them (with a halo where another tick passes behind).
    bar.milestones.forEach((m, i) => {
      const at = round(x(m.day));
      parts.push(`<line x1="${at}" x2="${at}" y1="${top - 4}" y2="${round(labelY(i) - TYPE.small + 1)}" stroke="${INK.ink}" stroke-width="2" data-milestone="${m.milestone.kind}"/>`);
    });
    bar.milestones.forEach((_, i) => {
      const p = placed[i]!;
      parts.push(text(p.x, labelY(i), words[i]!, { 'font-size': TYPE.small, fill: INK.ink2, 'text-anchor': p.anchor, ...HALO }));
    });
    const lines = Math.max(0, ...placed.map((p) => p.row + 1));
    rows.push(`<g data-term="${bar.term.id}" data-holds="${holding?.certainty ?? 'none'}">${parts.join('')}</g>`);
    y = top + BAR_H + 6 + lines * MILESTONE_ROW + 16;
    rows.push(`<line x1="0" x2="${width}" y1="${y - 8}" y2="${y - 8}" stroke="${INK.rule}" stroke-width="1"/>`);
  }

  for (const g of model.handoverGaps) {
    const from = round(x(g.from));
    const to = round(x(g.to));
    rows.push(
      `<g data-part="handover-gap">${text(0, y + TYPE.label, 'Between the election and the official handover', { 'font-size': TYPE.label, fill: INK.ink2, ...HALO })}<path d="M${from} ${y + TYPE.label + 8}v12h${round(
        to - from,
      )}v-12" fill="none" stroke="${INK.disputed}" stroke-width="2.5"/></g>`,
    );
    y += TYPE.label + 30;
  }

  const bottom = y;
  const key = legend(
    [
      { swatch: `<rect y="2" width="24" height="10" fill="${INK.member}"/>`, label: 'Every source agrees' },
      { swatch: `<rect y="2" width="24" height="10" fill="${hatch}" stroke="${INK.member}"/>`, label: 'The sources date it only to a month or a year, or disagree' },
      { swatch: `<line x1="12" x2="12" y1="0" y2="14" stroke="${INK.ink}" stroke-width="2"/>`, label: 'A reading in the sources' },
      { swatch: `<path d="M2 3v8h20v-8" fill="none" stroke="${INK.disputed}" stroke-width="2"/>`, label: 'No single day on which the chair changed hands' },
    ],
    bottom + 40,
    width,
  );
  const markup = [
    `<defs>${hatchPattern(INK.member)}</defs>`,
    yearAxis(x, axis, AXIS_Y, width),
    dateLine(x, day, formatDayAt(day, options.precision), AXIS_Y, bottom, width),
    ...rows,
    key.markup,
  ].join('\n');
  return { markup, width, height: Math.ceil(bottom + 40 + key.height) };
}

/** The words around the Secretariat figure at a day: who chairs, and the Executive Board. */
export function rotationFigureText(model: NetworkModel, options: RotationFigureOptions): FigureText {
  const data = model.data;
  const { day } = options;
  const at = model.at(day);
  const ids = [
    ...model.terms.flatMap((b) => b.milestones.flatMap((m) => m.milestone.sources)),
    ...(at.chair.length === 0 ? data.secretariat.created.sources : []),
    ...data.board.established.flatMap((r) => r.sources),
    ...(at.board === 'not-yet' ? [] : data.board.members.flatMap((m) => m.sources)),
  ];
  return {
    title: 'Chair of the Secretariat of the Permanent Conference of Organised Crime Prosecutors',
    date: formatDayAt(day, options.precision),
    caption: `${chairSentence(model, at)} ${boardSentence(model, at, day)}`,
    sources: sourcesLine(data, ids),
  };
}

/** The Secretariat figure: its chart and its words. */
export function rotationFigure(model: NetworkModel, options: RotationFigureOptions): { chart: Chart; text: FigureText } {
  return { chart: rotationChart(model, options), text: rotationFigureText(model, options) };
}
