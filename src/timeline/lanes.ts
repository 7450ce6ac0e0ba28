/** The timeline's lanes, in their order, and their names in the page's language. */
import { t } from '../i18n';

export type Lane = 'meetings' | 'board' | 'related' | 'joinings';

/** The lanes, top to bottom (left to right when time runs down). */
export const LANES: readonly { id: Lane }[] = [{ id: 'meetings' }, { id: 'board' }, { id: 'related' }, { id: 'joinings' }];

/** A lane's name, in the page's language: the full one, or the short one for narrow screens. */
export function laneLabel(lane: Lane, short = false): string {
  switch (lane) {
    case 'meetings':
      return short ? t('timeline.lane.meetingsShort') : t('timeline.lane.meetings');
    case 'board':
      return short ? t('timeline.lane.boardShort') : t('timeline.lane.board');
    case 'related':
      return short ? t('timeline.lane.relatedShort') : t('timeline.lane.related');
    case 'joinings':
      return short ? t('timeline.lane.joiningsShort') : t('timeline.lane.joinings');
  }
}
