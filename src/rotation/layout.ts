/**
 * The Secretariat chart's geometry, in pixels for a given width: one row per term (its label, its
 * bar in certain and uncertain parts, a tick per milestone and, where there is room, the
 * milestone's words under the bar), the election-to-handover bracket, the year axis and the legend.
 * Pure: the page and the downloaded figure both draw what this returns (`Secretariat.svg.svelte`).
 */
import { axisLabels, type TimeAxis } from '../lib/clock/axis';
import { axisScale } from '../lib/clock/axis-scale';
import type { HandoverGap, NetworkModel, SegmentKind, TermInfo } from '../lib/model';
import { formatPartialDate, type Day } from '../lib/dates/partial-date';
import { milestoneWords, termLabel } from '../lib/model';
import { placeLabels, type PlacedLabel } from '../lib/text/place';
import { textWidth, wrapText } from '../lib/text/measure';
import { flowLegend } from '../lib/text/flow';
import { t } from '../i18n';

/** Type sizes in pixels. */
export const TYPE = { label: 14, small: 12 } as const;
const LINE = 1.3;
const AXIS_H = 22;
const BAR_H = 16;
const ROW_GAP = 10;
const EDGE = 8;
/** The badge after a holder's label ("holds the chair"). */
export const BADGE = { height: 18, pad: 7 } as const;

export interface SegmentBox {
  readonly kind: SegmentKind;
  readonly x0: number;
  readonly x1: number;
  /** The days the segment covers (`to` exclusive; null: runs on). */
  readonly from: Day;
  readonly to: Day | null;
}

export interface MilestoneBox {
  readonly x: number;
  /** The words under the bar ("Granted the chair, October 2017"), where the chart has room for them. */
  readonly words: (PlacedLabel & { readonly text: string; readonly y: number }) | null;
}

export interface RowBox {
  readonly term: LabelledTerm;
  /** Top of the row, and its height (the interactive layer covers exactly this). */
  readonly y: number;
  readonly height: number;
  /** The label's lines, the baseline of its first line, and where its last line ends (for the badge). */
  readonly label: readonly string[];
  readonly labelY: number;
  /** Where a holder's badge goes (its top left). */
  readonly badge: { readonly x: number; readonly y: number };
  readonly barY: number;
  readonly segments: readonly SegmentBox[];
  readonly milestones: readonly MilestoneBox[];
}

export interface GapBox {
  readonly gap: HandoverGap;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly labelY: number;
}

export interface LegendItem {
  readonly kind: 'certain' | 'uncertain' | 'gap' | 'as-of-source';
  /** Its words, in lines that fit the chart's width. */
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
}

export interface SecretariatLayout {
  readonly width: number;
  readonly height: number;
  /** The x of a day. */
  readonly x: (day: Day) => number;
  readonly axisY: number;
  /** The year ticks; `end`: today's, at the axis's end after its break (its words end there). */
  readonly ticks: readonly { readonly x: number; readonly text: string; readonly end: boolean }[];
  /** Where the axis breaks (the sources end, the time after them drawn short), or null. */
  readonly axisBreak: number | null;
  readonly rows: readonly RowBox[];
  readonly gaps: readonly GapBox[];
  /** Where the bars end (the cursor runs from the axis to here). */
  readonly plotBottom: number;
  /** The axis past the latest dated fact, shaded: outside what the sources say. Null if the axis ends before it. */
  readonly beyond: { readonly x0: number; readonly x1: number; readonly label: string; readonly labelY: number } | null;
  readonly legend: readonly LegendItem[];
}

/** A legend line's words, in the page's language. */
export function legendWords(kind: LegendItem['kind']): string {
  switch (kind) {
    case 'certain':
      return t('rotation.legend.certain');
    case 'uncertain':
      return t('rotation.legend.uncertain');
    case 'gap':
      return t('rotation.legend.gap');
    case 'as-of-source':
      return t('rotation.legend.asOfSource');
  }
}

/** How surely a holder held the chair, as its badge says. */
export type BadgeKind = 'certain' | 'uncertain' | 'as-of-source';
const BADGE_KINDS: readonly BadgeKind[] = ['certain', 'uncertain', 'as-of-source'];

/** The words on a holder's badge, by how surely it held the chair ("holds the chair"). */
export function badgeWords(kind: BadgeKind): string {
  switch (kind) {
    case 'certain':
      return t('rotation.badge.certain');
    case 'uncertain':
      return t('rotation.badge.uncertain');
    case 'as-of-source':
      return t('rotation.badge.asOfSource');
  }
}

/** Whether milestone words fit under the bars at this width (on a narrow column only the ticks show). */
export function roomForWords(width: number): boolean {
  return width >= 640;
}

/** A term with its name in words: "Serbia", "Bulgaria: Sofia Appellate Prosecution Office" (`termLabel`). */
export type LabelledTerm = TermInfo & { readonly label: string };

/** The model's terms, each with its name in the page's language: the chart's rows. */
export function labelledTerms(model: Pick<NetworkModel, 'terms' | 'data'>): LabelledTerm[] {
  return model.terms.map((info) => ({ ...info, label: termLabel(model.data, info.term) }));
}

export function secretariatLayout(terms: readonly LabelledTerm[], gaps: readonly HandoverGap[], axis: TimeAxis, width: number, knowledgeEnds: Day = Infinity): SecretariatLayout {
  const x = axisScale(axis, EDGE, Math.max(EDGE + 1, width - EDGE));
  const words = roomForWords(width);
  const axisY = AXIS_H;
  const ticks = axisLabels(axis).map((year) => ({ x: x(year.day), text: words ? String(year.year) : `’${String(year.year).slice(2)}`, end: year.end }));
  const axisBreak = axis.broken && axis.sourcesEnd !== null ? x(axis.sourcesEnd) : null;
  let y = axisY + 8;
  const rows: RowBox[] = terms.map((term) => {
    // The label takes the row's width; the badge follows its last line where it fits, else stands below it.
    const label = wrapText(term.label, width - 2 * EDGE, TYPE.label, true);
    const labelY = y + TYPE.label;
    const lastEnd = EDGE + textWidth(label.at(-1)!, TYPE.label, true);
    const badgeBeside = lastEnd + 8 + BADGE.pad * 2 + Math.max(...BADGE_KINDS.map((k) => textWidth(badgeWords(k), TYPE.small, true))) <= width - EDGE;
    const lastLineY = labelY + (label.length - 1) * TYPE.label * LINE;
    const badge = badgeBeside ? { x: lastEnd + 8, y: lastLineY - BADGE.height + 4 } : { x: EDGE, y: lastLineY + 6 };
    const barY = (badgeBeside ? lastLineY : badge.y + BADGE.height) + 8;
    const segments = term.segments.map((s) => ({ kind: s.kind, from: s.from, to: s.to, x0: x(s.from), x1: s.to === null ? x.range().at(-1)! : x(s.to) }));
    const texts = term.milestones.map((m) => `${milestoneWords(m.milestone, m.side)}, ${formatPartialDate(m.milestone.date)}`);
    const placed = words ? placeLabels(term.milestones.map((m, i) => ({ at: x(m.day), width: textWidth(texts[i]!, TYPE.small) })), width) : [];
    const wordsTop = barY + BAR_H + 4;
    const milestones = term.milestones.map((m, i) => ({
      x: x(m.day),
      words: placed[i] ? { ...placed[i]!, text: texts[i]!, y: wordsTop + (placed[i]!.row + 1) * TYPE.small * LINE - 3 } : null,
    }));
    const wordRows = placed.length ? Math.max(...placed.map((p) => p.row)) + 1 : 0;
    const bottom = wordsTop + wordRows * TYPE.small * LINE + ROW_GAP - 4;
    const row = { term, y, height: bottom - y, label, labelY, badge, barY, segments, milestones };
    y = bottom;
    return row;
  });
  const gapBoxes = gaps.map((gap) => {
    const box = { gap, x0: x(gap.from), x1: x(gap.to), y: y + TYPE.small * LINE + 4, labelY: y + TYPE.small };
    y += TYPE.small * LINE + 16;
    return box;
  });
  const plotBottom = y;
  // The legend: one line each where the chart is narrow, side by side where it is wide.
  const kinds = terms.some((t) => t.segments.some((s) => s.kind === 'as-of-source')) && knowledgeEnds < axis.end ? (['certain', 'uncertain', 'gap', 'as-of-source'] as const) : (['certain', 'uncertain', 'gap'] as const);
  // The band's words stand under the plot, ending at the axis's end (the band is short: they reach back over the last years).
  const shaded = knowledgeEnds < axis.end;
  const labelY = y + TYPE.small + 2;
  if (shaded) y += TYPE.small * LINE;
  const flow = { left: EDGE, right: width, top: y + 12, size: TYPE.small, line: LINE, swatch: 30, after: 24, wrap: width - 2 * EDGE - 30, rowGap: 8 };
  const placed = flowLegend(kinds.map(legendWords), flow);
  const legend: LegendItem[] = kinds.map((kind, i) => ({ kind, ...placed.boxes[i]! }));
  y = placed.last;
  const beyond = shaded ? { x0: x(Math.max(axis.start, knowledgeEnds)), x1: x.range().at(-1)!, label: t('word.afterSources'), labelY } : null;
  return { width, height: Math.ceil(y + TYPE.small + 8), x, axisY, ticks, axisBreak, rows, gaps: gapBoxes, plotBottom, beyond, legend };
}
