/**
 * The map's prerendered embed carries a place for the map's drawing, not the drawing: index.html has
 * it once, the dashboard's, which the template's script moves there (`src/build/static-html.ts`).
 */
import { describe, expect, it } from 'vitest';
import { embedTemplate } from '../../../src/build/static-html';

/** A page as the prerender writes it: its map's frame, the drawing (three layers, Svelte's marks between them), then more. */
const page = (before: string, drawing: string, after = '<p>after</p>') => `<section>${before}<div class="frame"><!--[-->${drawing}<!--]--><aside>card</aside></div>${after}</section>`;
const DRAWING = '<svg class="map-svg" viewBox="0 0 10 10"><title id="map-title">Members: 13</title><path d="M0 0L1 1"/></svg><!--[--><svg class="map-layer fills"><rect width="1"/></svg><!--]--><!--[--><svg class="map-layer top"><g class="labels"><text>Serbia &amp; Kosovo</text></g></svg><!--]-->';

describe('the embed’s template', () => {
  it('has a place where the dashboard’s drawing goes, and the rest of the embed as it was drawn', async () => {
    const html = await embedTemplate(page('<h1>Embed</h1>', DRAWING, '<p class="note">a &lt; b</p>'), page('<h1>Dashboard</h1>', DRAWING), 'p{}');
    const template = /<template id="embed">([\s\S]*)<\/template>/.exec(html)![1]!;
    expect(template).toBe('<style>p{}</style><section><h1>Embed</h1><div class="frame"><!--[--><i data-map-drawing=""></i><!--]--><!--]--><aside>card</aside></div><p class="note">a &lt; b</p></section>');
    expect(html).not.toContain('map-svg"');
    // Its script moves the dashboard's nodes from the map's SVG to its top layer into the place.
    expect(html).toContain("embed.querySelector('[data-map-drawing]').replaceWith(...nodes)");
  });

  it.each([
    ['another id', DRAWING.replace('map-title', 'embed-title')],
    ['another layer', DRAWING.replace('<rect width="1"/>', '<rect width="2"/>')],
    ['no top layer', DRAWING.replace('map-layer top', 'map-layer')],
  ])('fails the build when the embed’s drawing is not the dashboard’s (%s)', async (_, other) => {
    await expect(embedTemplate(page('', other), page('', DRAWING), '')).rejects.toThrow(/not drawn as the dashboard's map is/);
  });
});
