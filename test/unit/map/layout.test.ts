import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildModel } from '../../../src/lib/model';
import { layoutMaps, FRAME_STEPS } from '../../../src/map/geometry/layout';
import { mapCountries, memberCollection } from '../../../src/map/geometry/countries';
import { regionProjection } from '../../../src/map/geometry/projection';
import { labelSetFor, type MapLayout, type PlacedLabel } from '../../../src/map/geometry/types';
import { insideTest, projectPolygons, type Point } from '../../../src/map/geometry/plane';
import { measure } from '../../../src/map/geometry/labels';
import { realDataset } from '../data/dataset';
import { region } from './region';

const data = realDataset();
const model = buildModel(data);
const topology = region();
const layouts = layoutMaps(topology, model);
const MEMBERS = data.members.map((m) => m.id).sort();

/** Whether a point of the viewBox lies in a country, from the same projection the build fitted. */
function insideOf(layout: MapLayout): Map<string, (p: Point) => boolean> {
  const { countries } = mapCountries(topology, data);
  const projection = regionProjection(memberCollection(countries), layout.width, layout.height);
  return new Map(countries.map((c) => [c.iso3, insideTest(projectPolygons(c.feature.geometry, projection))]));
}

/** A label's box in viewBox units: measured in the pixels of the frame it was laid out for (`k` pixels per unit), as the build did. */
const boxOf = (l: PlacedLabel, k: number) => {
  // The members' names are measured bold (layout.ts), on the page as on the stage.
  const { width, height } = measure(l.lines, l.size * k, !l.id.startsWith('place:') && l.id !== 'XKX');
  const [w, h] = [width / k, height / k];
  return { x0: l.x - w / 2, y0: l.y - h / 2, x1: l.x + w / 2, y1: l.y + h / 2 };
};

describe('the map laid out at build time', () => {
  for (const layout of Object.values(layouts)) {
    const inside = insideOf(layout);
    const anchors = new Map(layout.countries.map((c) => [c.iso3, c.anchor]));

    it(`${layout.aspect}: every member is drawn, named from data/, with its pole inside it`, () => {
      expect(layout.countries.filter((c) => c.kind === 'member').map((c) => c.iso3).sort()).toEqual(MEMBERS);
      for (const c of layout.countries.filter((c) => c.kind === 'member' || c.kind === 'kosovo')) {
        expect(c.d).toMatch(/^M\d/);
        expect(inside.get(c.iso3)!(c.anchor), c.iso3).toBe(true);
        expect(c.reach).toBeGreaterThan(0);
      }
      expect(layout.countries.find((c) => c.iso3 === 'BIH')!.name).toBe('Bosnia and Herzegovina');
    });

    for (const set of layout.labelSets) {
      const k = set.frame / layout.width;
      it(`${layout.aspect} at ${set.frame} px${set.stage ? ' (stage)' : ''}: every label lies inside its shape or at the end of its leader, in the frame, clear of the others`, () => {
        const labels = new Map(set.labels.map((l) => [l.id, l]));
        for (const id of [...MEMBERS, 'XKX']) expect(labels.has(id), id).toBe(true);
        const boxes = set.labels.map((l) => ({ id: l.id, box: boxOf(l, k) }));
        for (const { id, box } of boxes) {
          expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= layout.width && box.y1 <= layout.height, `${id} in the frame`).toBe(true);
          for (const other of boxes)
            if (id < other.id) {
              const overlap = box.x0 < other.box.x1 - 0.5 && other.box.x0 < box.x1 - 0.5 && box.y0 < other.box.y1 - 0.5 && other.box.y0 < box.y1 - 0.5;
              expect(overlap, `${id} / ${other.id}`).toBe(false);
            }
        }
        for (const l of set.labels) {
          const onScreen = l.size * k;
          expect(onScreen, `${l.id}: ${onScreen} px`).toBeGreaterThanOrEqual(10.9);
          // 18 px at most on the page; on the stage a 46th of the frame's width, at least 11 px.
          expect(onScreen).toBeLessThanOrEqual(set.stage ? Math.max(11, set.frame / 46) + 0.6 : 18.1);
          if (set.stage) expect(onScreen, `${l.id} on the stage`).toBeGreaterThanOrEqual(Math.max(11, set.frame / 46) - 0.6);
          if (l.id.startsWith('place:')) continue;
          const anchor = anchors.get(l.id)!;
          const box = boxOf(l, k);
          if (l.leader) {
            // The leader starts at the country's pole and ends on the label's edge.
            expect(l.leader[0]).toEqual(anchor);
            const [x, y] = l.leader[1];
            const onEdge = Math.min(Math.abs(x - box.x0), Math.abs(x - box.x1), Math.abs(y - box.y0), Math.abs(y - box.y1));
            expect(onEdge, `${l.id}'s leader ends on its label`).toBeLessThan(0.6);
          } else {
            // No leader: the label's centre is in its country, or the label touches its pole (a small country's name overhangs it).
            const nx = Math.min(box.x1, Math.max(box.x0, anchor[0]));
            const ny = Math.min(box.y1, Math.max(box.y0, anchor[1]));
            const ok = inside.get(l.id)!([l.x, l.y]) || Math.hypot(nx - anchor[0], ny - anchor[1]) <= l.size * 0.6 + 0.5;
            expect(ok, `${l.id} at ${l.x}, ${l.y} (pole ${anchor})`).toBe(true);
          }
        }
      });
    }
  }

  it('says where the other framing falls in each: every member’s pole moved and scaled there is where the other has it', () => {
    for (const [from, to] of [[layouts.wide, layouts.narrow], [layouts.narrow, layouts.wide]] as const) {
      const [left, top, width, height] = from.inOther;
      // Drawn there, the drawing keeps its own shape.
      expect((width * to.width) / (height * to.height)).toBeCloseTo(from.width / from.height, 2);
      const poles = new Map(to.countries.map((c) => [c.iso3, c.anchor]));
      for (const country of from.countries.filter((c) => c.kind === 'member')) {
        const [px, py] = poles.get(country.iso3)!;
        // (The poles are found in each framing's own polygons, to half a unit: within a unit or so of each other.)
        expect(Math.abs((left + (country.anchor[0] / from.width) * width) * to.width - px), country.iso3).toBeLessThan(1.5);
        expect(Math.abs((top + (country.anchor[1] / from.height) * height) * to.height - py), country.iso3).toBeLessThan(1.5);
      }
    }
  });

  it('gives each frame width the set laid out for the step at or below it', () => {
    const wide = layouts.wide;
    expect(labelSetFor(wide, 800).frame).toBe(760);
    expect(labelSetFor(wide, 100).frame).toBe(FRAME_STEPS.wide[0]);
    expect(labelSetFor(wide, 5000).frame).toBe(3000);
    expect(labelSetFor(wide, 2200, true)).toMatchObject({ frame: 1250, stage: true });
    expect(labelSetFor(wide, 800, true)).toMatchObject({ frame: 700, stage: true });
    // Narrower than the stage's sets, the stage uses the page's.
    expect(labelSetFor(wide, 680, true)).toMatchObject({ frame: 640, stage: false });
    expect(labelSetFor(layouts.narrow, 390).frame).toBe(360);
  });

  it('labels small members by their codes on a phone, by their names on a desktop', () => {
    const phone = new Map(labelSetFor(layouts.narrow, 360).labels.map((l) => [l.id, l.lines.join(' ')]));
    expect(phone.get('MNE')).toBe('MNE');
    expect(phone.get('ROU')).toBe('Romania');
    const desktop = new Map(labelSetFor(layouts.wide, 900).labels.map((l) => [l.id, l.lines.join(' ')]));
    expect(desktop.get('MNE')).toBe('Montenegro');
  });

  it('is small: each framing under 24 000 bytes gzipped', () => {
    for (const layout of Object.values(layouts)) expect(gzipSync(JSON.stringify(layout)).length, layout.aspect).toBeLessThan(24_000);
  });
});
