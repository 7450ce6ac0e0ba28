/** The dashboard's views: their ids (also their anchors and embed names) and titles. */
import type { Embed } from '../lib/clock/url';

export const VIEW_TITLES: Record<Embed, string> = {
  map: 'Member countries',
  timeline: 'Meetings',
  rotation: 'Secretariat and Executive Board',
};
