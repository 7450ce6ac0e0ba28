import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { geoArea, geoPath } from 'd3-geo';
import { CUT_OPTIONS, atlasFeatures, clipRing, cutRegion, focusCollection, serialise } from '../../../src/map/geometry/cut';
import { ASPECTS, regionProjection } from '../../../src/map/geometry/projection';
import { contains, insideTest, projectPolygons, type Point } from '../../../src/map/geometry/plane';
import { atlas50m, region, regionText } from './region';

const atlas = atlas50m();
const full = atlasFeatures(atlas);
const cut = atlasFeatures(region());
const focus = focusCollection(full, CUT_OPTIONS.focus);

describe('the committed region.topo.json', () => {
  it('is what the cut makes today (run `npm run map:geometry` after changing the cut)', () => {
    expect(regionText()).toBe(serialise(cutRegion(atlas)));
  });

  it('is small: under 40 000 bytes, under 13 000 gzipped', () => {
    expect(regionText().length).toBeLessThan(40_000);
    expect(gzipSync(regionText()).length).toBeLessThan(13_000);
  });

  it('keeps every member, Kosovo by name, and each id once', () => {
    const ids = cut.map((f) => f.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CUT_OPTIONS.focus) expect(ids).toContain(id);
    expect(cut.filter((f) => f.id === undefined).map((f) => f.properties.name)).toEqual(['Kosovo']);
  });

  it('leaves out what the frame never shows (Russia, Cyprus, Australia’s duplicate "036")', () => {
    const ids = cut.map((f) => f.id);
    for (const id of ['643', '196', '036', '010']) expect(ids).not.toContain(id);
  });
});

describe('the frame', () => {
  for (const [name, aspect] of Object.entries(ASPECTS)) {
    const [w, h] = [1000 * aspect, 1000];
    const projection = regionProjection(focus, w, h);

    it(`${name}: every member lies inside the frame`, () => {
      const [[x0, y0], [x1, y1]] = geoPath(projection.clipExtent(null)).bounds(focus);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(w);
      expect(y1).toBeLessThanOrEqual(h);
    });

    it(`${name}: the Crimean peninsula stays outside the frame`, () => {
      // The atlas draws Crimea as part of Russia; the map must not show it at all.
      const p = regionProjection(focus, w, h).clipExtent(null);
      for (const point of [
        [32.5, 45.3],
        [33.5, 44.6],
        [34.1, 44.95],
        [35.4, 45.3],
      ] as [number, number][]) {
        const [x, y] = p(point)!;
        expect(x > w || x < 0 || y > h || y < 0, `${point} at ${x}, ${y}`).toBe(true);
      }
    });

    it(`${name}: drawn from the cut, each country covers the same part of the frame as drawn from the whole atlas (±4%)`, () => {
      const p = regionProjection(focus, w, h);
      const path = geoPath(p);
      for (const f of full.filter((f) => f.id !== undefined && CUT_OPTIONS.focus.includes(String(f.id)))) {
        const mine = cut.find((c) => c.id === f.id)!;
        expect(Math.abs(path.area(mine) / path.area(f) - 1), String(f.id)).toBeLessThan(0.04);
      }
      // Neighbours cut at the edge of the frame cover the same visible area too.
      for (const id of ['250', '276', '804', '792', '012']) {
        const a = path.area(cut.find((c) => c.id === id)!);
        const b = path.area(full.find((c) => c.id === id)!);
        expect(Math.abs(a / b - 1), id).toBeLessThan(0.04);
      }
    });
  }

  it('has the area of the sphere right: the members cover about 1.2 million km²', () => {
    const km2 = (geoArea(focus) * 6371 ** 2) / 1e6;
    expect(km2).toBeGreaterThan(1.1);
    expect(km2).toBeLessThan(1.3);
  });
});

describe('clipRing', () => {
  const box: [[number, number], [number, number]] = [
    [0, 0],
    [10, 10],
  ];
  const cases: [string, [number, number][], number][] = [
    ['inside', [[1, 1], [1, 2], [2, 2], [1, 1]], 4],
    ['outside', [[20, 20], [20, 21], [21, 21], [20, 20]], 0],
    ['across an edge', [[5, 5], [5, 15], [6, 15], [6, 5], [5, 5]], 5],
  ];
  for (const [name, ring, length] of cases) {
    it(`${name} → ${length} points, input untouched`, () => {
      const before = JSON.stringify(ring);
      const out = clipRing(ring, box);
      expect(out.length).toBe(length);
      for (const [x, y] of out) expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
      expect(JSON.stringify(ring)).toBe(before);
    });
  }
});

describe('insideTest on the region’s shapes', () => {
  it('answers as `contains` does, on a grid over every shape, its edges and its vertices', () => {
    const projection = regionProjection(focus, 800, 600);
    for (const f of cut) {
      const polygons = projectPolygons(f.geometry, projection);
      const before = JSON.stringify(polygons);
      const inside = insideTest(polygons);
      const probes: Point[] = polygons.flat(2).flatMap(([x, y]) => [[x, y], [x + 0.01, y], [x, y - 0.01]] as Point[]);
      for (let x = -10; x <= 810; x += 13.3) for (let y = -10; y <= 610; y += 11.9) probes.push([x, y]);
      const differ = probes.filter((p) => inside(p) !== contains(polygons, p));
      expect(differ, String(f.id ?? f.properties.name)).toEqual([]);
      expect(JSON.stringify(polygons)).toBe(before);
    }
  });
});

describe('the dev server’s layouts', () => {
  it('serves each language’s framing at the URL the app asks for, and nothing at any other', async () => {
    const { devUrl, layoutAtDevUrl } = await import('../../../src/map/geometry/plugin');
    const layout = (name: string) => ({ name }) as unknown as import('../../../src/map/geometry/types').MapLayout;
    const layouts = { en: { wide: layout('en wide'), narrow: layout('en narrow') }, 'sr-Latn': { wide: layout('sr wide'), narrow: layout('sr narrow') } };
    expect(devUrl('en', 'wide')).toBe('/@pcocp/map-wide.json');
    expect(layoutAtDevUrl(layouts, devUrl('sr-Latn', 'narrow'))).toBe(layouts['sr-Latn'].narrow);
    expect(layoutAtDevUrl(layouts, devUrl('en', 'wide'))).toBe(layouts.en.wide);
    expect(layoutAtDevUrl(layouts, '/@pcocp/map-map-wide.json')).toBeNull();
  });
});
