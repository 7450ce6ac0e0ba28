/** How many meetings discussed each theme: the counts beside the timeline's theme filter. */
import type { Meeting, Theme } from '../lib/data/schema';

/** How many meetings discussed each theme, by theme id (for the filter's counts). */
export function meetingsPerTheme(themes: readonly Theme[], meetings: readonly Meeting[]): Map<string, number> {
  return new Map(themes.map((theme) => [theme.id, meetings.filter((m) => m.topics.some((t) => t.themes.includes(theme.id))).length]));
}
