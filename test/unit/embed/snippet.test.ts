import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../../src/embed/snippet';
import { readState } from '../../../src/lib/clock/url';
import { placeOf } from '../../../src/lib/dates/partial-date';
import { VIEW_IDS } from '../../../src/views';

const base = 'https://example.org/pcocp/';

describe('embedSnippet', () => {
  it.each([
    ['map', { day: placeOf('2023-11-30'), precision: 'day' as const }, false, 'https://example.org/pcocp/embed/map.html?date=2023-11-30&embed=map&controls=0'],
    ['timeline', { day: placeOf('2019-06'), precision: 'month' as const }, true, 'https://example.org/pcocp/embed/timeline.html?date=2019-06&embed=timeline'],
    ['rotation', null, true, 'https://example.org/pcocp/embed/rotation.html?embed=rotation'],
  ] as const)('%s at %j (controls %s) embeds %s', (view, date, controls, url) => {
    expect(embedUrl({ base, view, date, controls })).toBe(url);
    const html = embedSnippet({ base, view, date, controls, title: 'PCOCP "figure"' });
    expect(html).toContain(`src="${url.replace(/&/g, '&amp;')}"`);
    expect(html).toContain(`id="pcocp-${view}"`);
    expect(html).toContain('aspect-ratio:');
    expect(html).toContain("e.data.type === 'pcocp:height'");
    expect(html).toContain('title="PCOCP &quot;figure&quot;"');
  });

  it('links the map to its own page beside the dashboard’s, whether the dashboard’s address names its file or its folder', () => {
    expect(embedUrl({ base: 'https://example.org/pcocp/index.html', view: 'map', date: null, controls: true })).toBe('https://example.org/pcocp/embed/map.html?embed=map');
    expect(embedUrl({ base: 'https://example.org/pcocp/index.html', view: 'rotation', date: null, controls: true })).toBe('https://example.org/pcocp/embed/rotation.html?embed=rotation');
  });

  it('writes a URL the app reads back to the same picture', () => {
    const url = new URL(embedUrl({ base, view: 'map', date: { day: placeOf('2021-12-06'), precision: 'day' }, controls: false }));
    const state = readState(url.search, placeOf('2016-05'), placeOf('2026-11-24'), VIEW_IDS);
    expect(state).toMatchObject({ embed: 'map', controls: false, date: { day: placeOf('2021-12-06'), precision: 'day' } });
  });

  it('keeps the page’s language when it has one (?lang=), and none when it has not', () => {
    const date = { day: placeOf('2019-06'), precision: 'month' as const };
    expect(embedUrl({ base, view: 'timeline', date, controls: true, lang: 'sr-Latn' })).toBe('https://example.org/pcocp/embed/timeline.sr-Latn.html?date=2019-06&embed=timeline&lang=sr-Latn');
    expect(embedUrl({ base, view: 'rotation', date: null, controls: true, lang: 'sr-Cyrl' })).toBe('https://example.org/pcocp/embed/rotation.sr-Cyrl.html?embed=rotation&lang=sr-Cyrl');
    expect(embedUrl({ base, view: 'map', date: null, controls: true, lang: null })).toBe('https://example.org/pcocp/embed/map.html?embed=map');
    expect(embedUrl({ base, view: 'map', date, controls: true, lang: 'sr-Cyrl' })).toBe('https://example.org/pcocp/embed/map.sr-Cyrl.html?date=2019-06&embed=map&lang=sr-Cyrl');
    const html = embedSnippet({ base, view: 'map', date: null, controls: false, title: 'PCOCP: Države članice', lang: 'sr-Latn' });
    expect(html).toContain('src="https://example.org/pcocp/embed/map.sr-Latn.html?embed=map&amp;controls=0&amp;lang=sr-Latn"');
    expect(new URL(embedUrl({ base, view: 'map', date: null, controls: true, lang: 'sr-Latn' })).searchParams.get('lang')).toBe('sr-Latn');
  });
});
