/** The map's legend on the stage (StageMapKey.svelte): its own module, so the first view does not carry it. */
import type { Meeting } from '../lib/data/schema';
import type { Day } from '../lib/dates/partial-date';
import type { NetworkModel } from '../lib/model';
import { mapLegend, type LegendEntry } from './legend';

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
