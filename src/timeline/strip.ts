/**
 * The stage's timeline strip: the story's marks as badges on one time axis, the meetings above it
 * and the joinings below, large enough to read from the back of a room. No captions: the stage's
 * caption tells the step. Pure; `StageStrip.svelte` draws it.
 */
import { axisLabels, type TimeAxis } from '../lib/clock/axis';
import { axisScale } from '../lib/clock/axis-scale';
import { placeLabels } from '../lib/text/place';
import { textWidth } from '../lib/text/measure';
import type { Mark } from './marks';
import { t } from '../i18n';


export type Band = 'above' | 'below';

export interface StripBadge {
  readonly mark: Mark;
  readonly band: Band;
  readonly x: number;
  /** Its row away from the axis (0 nearest), where it would touch a neighbour. */
  readonly row: number;
  readonly width: number;
}

export interface StripLayout {
  readonly width: number;
  readonly height: number;
  readonly axisY: number;
  /** The badge's height (and its type size is half of it). */
  readonly size: number;
  /** The year ticks; `end`: today's, at the axis's end after its break. */
  readonly ticks: readonly { readonly x: number; readonly text: string; readonly end: boolean }[];
  /** Where the axis breaks (the sources end, the time after them drawn short), or null. */
  readonly axisBreak: number | null;
  /** After a break, the words for the short part: in the year row, ending before today's year. */
  readonly afterSources: { readonly x: number; readonly text: string } | null;
  readonly badges: readonly StripBadge[];
  /** The y of a badge's centre. */
  readonly yOf: (band: Band, row: number) => number;
  readonly x: (day: number) => number;
}

const BAND: Record<Mark['lane'], Band | null> = { meetings: 'above', board: 'above', joinings: 'below', related: null };

/** `size`: the badges' height in pixels (the type is half of it). */
export function stripLayout(marks: readonly Mark[], axis: TimeAxis, width: number, size: number): StripLayout {
  const edge = size;
  const x = axisScale(axis, edge, width - edge);
  const font = size / 2;
  const shown = marks.filter((m) => BAND[m.lane] !== null);
  const widthOf = (m: Mark) => Math.max(size, textWidth(m.badge, font, true) + size * 0.6);
  const placed = new Map<string, { row: number }>();
  for (const band of ['above', 'below'] as const) {
    const here = shown.filter((m) => BAND[m.lane] === band);
    const rows = placeLabels(
      here.map((m) => ({ at: x(m.at), width: widthOf(m) })),
      width,
      size * 0.15,
    );
    here.forEach((m, i) => placed.set(m.id, { row: rows[i]!.row }));
  }
  const rowsAbove = Math.max(1, ...shown.filter((m) => BAND[m.lane] === 'above').map((m) => placed.get(m.id)!.row + 1));
  const rowsBelow = Math.max(1, ...shown.filter((m) => BAND[m.lane] === 'below').map((m) => placed.get(m.id)!.row + 1));
  const step = size * 1.15;
  const axisY = font * 1.6 + rowsAbove * step + size * 0.3;
  // After a break the year row ends "after the sources  2026"; a year whose label would touch it is left out (its tick stays).
  const labels = axisLabels(axis).map((l) => ({ x: x(l.day), text: String(l.year), end: l.end }));
  const today = labels.find((l) => l.end);
  const afterText = t('word.afterSources');
  const afterSources = today ? { x: today.x - textWidth(today.text, font, true) - font * 0.6, text: afterText } : null;
  const room = afterSources ? afterSources.x - textWidth(afterText, font) - font : Infinity;
  const fits = labels.map((l) => ({ ...l, text: l.end || l.x + textWidth(l.text, font, true) / 2 < room ? l.text : '' }));
  // In a narrow strip (the editor's preview) the years would run together: each is kept only with half a type's
  // room from the one before it and from today's at the end; its tick stays.
  const half = (l: { text: string }) => textWidth(l.text, font, true) / 2;
  const endLabel = fits.find((l) => l.end && l.text);
  const endLeft = endLabel ? endLabel.x - 2 * half(endLabel) : Infinity;
  let lastRight = -Infinity;
  const ticks = fits.map((l) => {
    if (!l.text || l.end) return l;
    if (l.x - half(l) < lastRight + font / 2 || l.x + half(l) > endLeft - font / 2) return { ...l, text: '' };
    lastRight = l.x + half(l);
    return l;
  });
  const yOf = (band: Band, row: number) => (band === 'above' ? axisY - size * 0.3 - step * row - size / 2 : axisY + size * 0.3 + step * row + size / 2);
  return {
    width,
    height: Math.ceil(axisY + size * 0.3 + rowsBelow * step + 2),
    axisY,
    size,
    ticks,
    afterSources,
    axisBreak: axis.broken && axis.sourcesEnd !== null ? x(axis.sourcesEnd) : null,
    badges: shown.map((m) => ({ mark: m, band: BAND[m.lane]!, x: x(m.at), row: placed.get(m.id)!.row, width: widthOf(m) })),
    yOf,
    x,
  };
}
