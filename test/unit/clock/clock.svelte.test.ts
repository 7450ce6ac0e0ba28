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
});
