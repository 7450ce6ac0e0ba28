/** The dashboard's views: their ids (also their anchors and embed names) and titles. */
import type { Embed } from '../lib/clock/url';

export const VIEW_TITLES: Record<Embed, string> = {
  map: 'Member countries',
  timeline: 'Meetings',
  rotation: 'Secretariat and Executive Board',
};

/** The code of each view drawn after the first view (its own chunk), for the dashboard and for an embed. */
export const LATER_VIEWS = {
  rotation: () => import('../rotation/RotationView.svelte'),
  timeline: () => import('../timeline/TimelineView.svelte'),
  sources: () => import('../sources/SourcesList.svelte'),
};
