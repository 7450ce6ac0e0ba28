/**
 * What the map's colours and marks mean, in words, at a day: written once for the page's legend
 * (MapLegend.svelte) and the figure's (MapFigure.svelte).
 */
import type { Meeting } from '../lib/data/schema';
import { formatPartialRange, type Day } from '../lib/dates/partial-date';
import type { NetworkModel } from '../lib/model';
import { textWidth, wrapText } from '../lib/text/measure';
import { t } from '../i18n';

export interface LegendEntry {
  readonly kind: 'wave' | 'disputed' | 'osce' | 'kosovo' | 'other' | 'place' | 'online';
  readonly text: string;
  /** The joining wave whose colour the swatch takes (waves, and the disputed hatching). */
  readonly wave?: number;
  /** A wave still to come on the day: its swatch is faded. */
  readonly upcoming?: boolean;
  /** The year a wave stands for (for tests and the page's `data-wave`). */
  readonly year?: number;
}

export function mapLegend(model: NetworkModel, day: Day, online: readonly Meeting[]): LegendEntry[] {
  const disputed = model.data.members.find((m) => m.disagreement);
  const entries: LegendEntry[] = model.waves.map((wave) => ({
    kind: 'wave',
    wave: wave.index,
    year: wave.year,
    upcoming: day < wave.from,
    text: wave.founding
      ? t('map.legend.founding', { year: String(wave.year), n: wave.members.length })
      : t('map.legend.wave', { year: String(wave.year), n: wave.members.length, names: wave.members.map((m) => `${m.name}${m.disagreement ? ' †' : ''}`).join(', ') }),
  }));
  if (disputed) entries.push({ kind: 'disputed', wave: model.members.get(disputed.id)?.wave.index ?? 0, text: t('map.legend.disputed') });
  entries.push(
    { kind: 'osce', text: t('map.legend.osce') },
    // Kosovo has its own line: neither a participating State nor the other land outside the OSCE area.
    { kind: 'kosovo', text: t('map.legend.kosovo', { name: model.data.cartography.kosovo.name.text }) },
    { kind: 'other', text: t('map.legend.other') },
    { kind: 'place', text: t('map.legend.place') },
    {
      kind: 'online',
      text: t('map.legend.online', {
        meetings: online.length ? online.map((m) => `${m.title} (${formatPartialRange(m.when.start, m.when.end)})`).join(', ') : t('map.legend.onlineNone'),
      }),
    },
  );
  return entries;
}

export interface PlacedEntry extends LegendEntry {
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}

/** The entries in rows across `width` (a figure's legend), each wrapped to fit; returns them and the height. */
export function placeLegend(entries: readonly LegendEntry[], width: number, size: number): { entries: PlacedEntry[]; height: number } {
  const swatch = size * 2.2;
  const out: PlacedEntry[] = [];
  let x = 0;
  let y = size;
  let tallest = 1;
  for (const entry of entries) {
    const lines = wrapText(entry.text, width - swatch, size);
    const w = swatch + Math.max(...lines.map((l) => textWidth(l, size))) + size * 1.6;
    if (x > 0 && x + w > width) {
      x = 0;
      y += tallest * size * 1.3 + size * 0.5;
      tallest = 1;
    }
    out.push({ ...entry, x, y, lines });
    tallest = Math.max(tallest, lines.length);
    x += w;
  }
  return { entries: out, height: Math.ceil(y + (tallest - 1) * size * 1.3 + size * 0.5) };
}
