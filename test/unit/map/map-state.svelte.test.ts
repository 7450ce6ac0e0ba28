import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { MapState } from '../../../src/map/map-state.svelte';
import { placeOf, type Day } from '../../../src/lib/dates/partial-date';
import { realDataset } from '../data/dataset';
import { region } from './region';
import { buildModel, eventCaption } from '../../../src/lib/model';
import { layoutMaps } from '../../../src/map/geometry/layout';
import { aspectFor } from '../../../src/map/geometry/types';

const model = buildModel(realDataset());
const layouts = layoutMaps(region(), model);

/** A MapState inside an effect root, with its day as state the test can move. */
function withMap(run: (map: MapState, setDay: (iso: string) => void) => void, width = 800) {
  const cleanup = $effect.root(() => {
    let day = $state<Day>(placeOf('2016-05-26'));
    const map = new MapState({ model: () => model, layout: () => layouts[aspectFor(width)], day: () => day });
    run(map, (iso) => {
      day = placeOf(iso);
      flushSync();
    });
  });
  cleanup();
}

describe('MapState', () => {
  for (const [width, height] of [
    [340, 340],
    [866, 650],
    [1200, 900],
    [2400, 1800],
  ] as const) {
    it(`at ${width} × ${height}: the framing and the label set laid out for that width; every member labelled`, () => {
      withMap((map) => {
        map.width = width;
        map.height = height;
        flushSync();
        expect(map.layout?.aspect).toBe(width < 544 ? 'narrow' : 'wide');
        expect(map.labelSet!.frame).toBeLessThanOrEqual(width);
        expect(map.labelSet!.stage).toBe(false);
        expect(map.unit).toBeCloseTo(map.viewWidth / width, 6);
        expect(map.memberShapes.map((s) => s.iso3)).toEqual(['ALB', 'AUT', 'BIH', 'BGR', 'HRV', 'GRC', 'HUN', 'ITA', 'MNE', 'MKD', 'ROU', 'SRB', 'SVN']);
        for (const s of map.memberShapes) expect(map.labels.has(s.iso3), s.iso3).toBe(true);
        // A label's size on screen stays between 11 and 18 pixels (within the step between two label sets).
        const size = map.labels.get('ROU')!.size / map.unit;
        expect(size).toBeGreaterThanOrEqual(10.9);
        expect(size).toBeLessThanOrEqual(18 * 1.2);
      }, width);
    });
  }

  it('follows the day: statuses, markers, online meetings and caption; the paths do not change', () => {
    withMap((map, setDay) => {
      map.width = 800;
      map.height = 600;
      flushSync();
      const paths = map.drawn;
      expect(map.statuses.get('GRC')).toBe('not-yet');
      expect(map.markers.filter((p) => p.meetings.length).map((p) => p.city)).toEqual(['Belgrade']);
      setDay('2021-12-06');
      expect(map.statuses.get('GRC')).toBe('member');
      expect(map.online.map((m) => m.number)).toEqual([6, 7]);
      expect(eventCaption(map.caption!, model)).toBe('Seventh meeting (online)');
      expect(map.drawn).toBe(paths);
    });
  });

  it('between two events, moving the day re-runs nothing that reads statuses, markers, online meetings or the caption', () => {
    withMap((map, setDay) => {
      let runs = 0;
      $effect(() => {
        void [map.statuses, map.markers, map.online, map.caption];
        runs++;
      });
      setDay('2017-01-01');
      const [statuses, markers, caption] = [map.statuses, map.markers, map.caption];
      const before = runs;
      expect(before).toBeGreaterThan(0);
      for (const iso of ['2017-01-02', '2017-01-15', '2017-02-01']) setDay(iso);
      expect(runs).toBe(before);
      expect(map.statuses).toBe(statuses);
      expect(map.markers).toBe(markers);
      expect(map.caption).toBe(caption);
      // An event day does change them.
      setDay('2021-12-06');
      expect(runs).toBeGreaterThan(before);
      expect(map.statuses).not.toBe(statuses);
    });
  });

  it('is not ready to draw until the frame has a size and the layout has loaded', () => {
    const cleanup = $effect.root(() => {
      const map = new MapState({ model: () => model, layout: () => undefined, day: () => placeOf('2020') });
      map.width = 800;
      map.height = 600;
      flushSync();
      expect(map.ready).toBe(false);
      expect(map.caption?.kind).toBe('join');
    });
    cleanup();
  });
});
