/**
 * What the map's colours and marks mean, in words, at a day: written once for the page's legend
 * (MapLegend.svelte) and the figure's (MapFigure.svelte).
 */
import type { Meeting } from '../lib/data/schema';
import { formatPartialRange, type Day } from '../lib/dates/partial-date';
import { mapNotes, meetingTitle, memberName, type NetworkModel } from '../lib/model';
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
  const disputed = [...model.members.values()].find((m) => m.joiningDisputed);
  const entries: LegendEntry[] = model.waves.map((wave) => ({
    kind: 'wave',
    wave: wave.index,
    year: wave.year,
    upcoming: day < wave.from,
    text: wave.founding
      ? t('map.legend.founding', { year: String(wave.year), n: wave.members.length })
      : t('map.legend.wave', { year: String(wave.year), n: wave.members.length, names: wave.members.map((m) => `${memberName(m)}${model.members.get(m.id)?.joiningDisputed ? ' †' : ''}`).join(', ') }),
  }));
  if (disputed) entries.push({ kind: 'disputed', wave: disputed.wave.index, text: t('map.legend.disputed') });
  entries.push(
    { kind: 'osce', text: t('map.legend.osce') },
    // Kosovo has its own line: neither a participating State nor the other land outside the OSCE area.
    { kind: 'kosovo', text: t('map.legend.kosovo', { name: mapNotes(model.data).kosovo }) },
    { kind: 'other', text: t('map.legend.other') },
    { kind: 'place', text: t('map.legend.place') },
    {
      kind: 'online',
      text: t('map.legend.online', {
        meetings: online.length ? online.map((m) => `${meetingTitle(m)} (${formatPartialRange(m.when.start, m.when.end)})`).join(', ') : t('map.legend.onlineNone'),
      }),
    },
  );
  return entries;
}
