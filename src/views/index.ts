/** The dashboard's views: their ids (also their anchors and embed names) and titles. */
import type { Embed } from '../lib/clock/url';
import { t } from '../i18n';

const VIEW_TITLE_KEYS = {
  map: 'shell.view.map',
  timeline: 'shell.view.timeline',
  rotation: 'shell.view.rotation',
} as const satisfies Record<Embed, string>;

/** A view's title, in the page's language. */
export const viewTitle = (view: Embed): string => t(VIEW_TITLE_KEYS[view]);

/** The code of each view drawn after the first view (its own chunk), for the dashboard and for an embed. */
export const LATER_VIEWS = {
  rotation: () => import('../rotation/RotationView.svelte'),
  timeline: () => import('../timeline/TimelineView.svelte'),
  sources: () => import('../sources/SourcesList.svelte'),
};
