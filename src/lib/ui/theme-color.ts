/**
 * Theme colours, shared by every view that shows the topic themes (the timeline, the theme chart, the
 * stage): the n-th theme of themes.json takes the n-th colour of a categorical palette (custom
 * properties `--theme-0` … `--theme-7`, design tokens in tokens.css for light and dark), so a theme
 * added to the data gets a colour without a change here.
 */

export const PALETTE_SIZE = 8;

/** The CSS colour of a theme: `var(--theme-2)`; an unknown id gets the last colour. */
export function themeColor(themes: readonly { readonly id: string }[], id: string): string {
  const i = themes.findIndex((t) => t.id === id);
  return `var(--theme-${i === -1 ? PALETTE_SIZE - 1 : i % PALETTE_SIZE})`;
}
