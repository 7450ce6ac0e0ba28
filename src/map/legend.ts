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

/**
 * The stage's legend at a day: only what the map shows then. The waves that have joined (none still to
 * come), the hatching and its † while a member whose joining the sources date apart is on the map, the
 * other participating States, and the meeting places once one is marked. Kosovo is named on the map
 * itself (with its footnote beside the legend), and the other land and the online meetings, which the
 * map does not draw, are left to the page and the caption.
 */
export function stageLegend(model: NetworkModel, day: Day, places: readonly { readonly meetings: readonly Meeting[] }[]): LegendEntry[] {
  const at = model.at(day);
  const daggers = [...model.members.values()].some((m) => m.joiningDisputed && (at.statuses.get(m.member.id) ?? 'not-yet') !== 'not-yet');
  const marked = places.some((p) => p.meetings.some((m) => at.held.has(m.id)));
  return mapLegend(model, day, []).filter(
    (e) => (e.kind === 'wave' && !e.upcoming) || (e.kind === 'disputed' && daggers) || e.kind === 'osce' || (e.kind === 'place' && marked),
  );
}
