import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Clock } from '../../../src/lib/clock/clock.svelte';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';

const start = placeOf('2016-05');
const end = placeOf('2026-11-23');
const events = ['2016-05-26', '2017-03-01', '2019-06-04'].map(placeOf);

describe('Clock', () => {
  let cleanup: () => void;
  let frames: FrameRequestCallback[];
  let now: number;

  beforeEach(() => {
    frames = [];
    now = 0;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    cleanup?.();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  function runFrames(n: number, ms = 16) {
    for (let i = 0; i < n && frames.length; i++) {
      now += ms;
      frames.shift()!(now);
    }
  }

  it('starts today, clamps and steps between events', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end });
      expect(clock.day).toBe(end);
      clock.setDay(start - 100);
      expect(clock.day).toBe(start);
      clock.stepEvent(1, events);
      expect(dayToIso(clock.day)).toBe('2016-05-26');
      clock.stepEvent(1, events);
      expect(dayToIso(clock.day)).toBe('2017-03-01');
      clock.stepEvent(-1, events);
      expect(dayToIso(clock.day)).toBe('2016-05-26');
      clock.setDay(placeOf('2020'));
      clock.stepEvent(1, events);
      expect(clock.day).toBe(end);
    });
  });

  it('is reactive: a $derived of the day follows it', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end, day: start });
      const iso = $derived(dayToIso(clock.day));
      clock.setDay(placeOf('2019-06-15'));
      flushSync();
      expect(iso).toBe('2019-06-15');
    });
  });

  it('plays forward, stops at the end, and restarts from the start', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end, day: end - 10 });
      clock.play();
      expect(clock.playing).toBe(true);
      runFrames(100);
      expect(clock.day).toBe(end);
      expect(clock.playing).toBe(false);
      clock.play();
      expect(clock.day).toBe(start);
      runFrames(1, 100);
      expect(clock.day).toBeGreaterThan(start);
      clock.pause();
      const stopped = clock.day;
      runFrames(5);
      expect(clock.day).toBe(stopped);
    });
  });

  it('keeps whole days while playing: 190 days a second, the fraction carried to the next frame', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end, day: start });
      clock.play();
      runFrames(10, 10); // 100 ms: 19 days
      expect(clock.day).toBe(start + 19);
      expect(Number.isInteger(clock.day)).toBe(true);
      runFrames(1, 1000); // a long frame counts as 100 ms at most
      expect(clock.day).toBe(start + 38);
    });
  });

  it('toggles, and a step pauses the playing clock', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end, day: start });
      clock.toggle();
      expect(clock.playing).toBe(true);
      clock.toggle();
      expect(clock.playing).toBe(false);
      clock.play();
      clock.stepEvent(1, events);
      expect(clock.playing).toBe(false);
      expect(dayToIso(clock.day)).toBe('2016-05-26');
    });
  });

  it('keeps the precision it was given until the day moves', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end });
      clock.setDay(placeOf('2019-06'), 'month');
      expect([dayToIso(clock.day), clock.precision]).toEqual(['2019-06-01', 'month']);
      clock.setDay(placeOf('2019-07-02'));
      expect(clock.precision).toBe('day');
      clock.stepEvent(-1, events);
      expect([dayToIso(clock.day), clock.precision]).toEqual(['2019-06-04', 'day']);
    });
  });

  it('holds a selection and a theme filter', () => {
    cleanup = $effect.root(() => {
      const clock = new Clock({ start, end });
      clock.select({ kind: 'member', id: 'GRC' });
      clock.filterTheme('financial');
      expect([clock.selection, clock.theme]).toEqual([{ kind: 'member', id: 'GRC' }, 'financial']);
      clock.select(null);
      clock.filterTheme(null);
      expect([clock.selection, clock.theme]).toEqual([null, null]);
    });
  });

  it('gives every chart the same time axis', () => {
    const clock = new Clock({ start, end });
    expect([clock.axis.start, clock.axis.end]).toEqual([start, end]);
    expect(clock.axis.percent(start)).toBe(0);
    expect(clock.axis.percent(end)).toBe(100);
    expect(clock.axis.over(10, 110)(end)).toBe(110);
    expect(clock.axis.years[0]!.year).toBe(2017);
  });
});
