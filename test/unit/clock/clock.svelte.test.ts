import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AXIS_START, Clock, PLAY_SPEED } from '../../../src/lib/clock/clock.svelte';
import { axisScale } from '../../../src/lib/clock/axis-scale';
import { dayFromDate, dayToIso, placeOf } from '../../../src/lib/dates/partial-date';

const start = placeOf('2016-05');
const end = placeOf('2026-11-23');
const events = ['2016-05-26', '2017-03-01', '2019-06-04'].map(placeOf);

/** Animation frames and the clock, by hand: a queue of callbacks, ids that can be cancelled. */
let frames: Map<number, FrameRequestCallback>;
let nextId: number;
let now: number;
let cleanup: (() => void) | undefined;

beforeEach(() => {
  frames = new Map();
  nextId = 1;
  now = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    frames.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs up to `n` frames, `ms` apart, the way a browser would: each frame runs the callbacks queued before it. */
function runFrames(n: number, ms = 16) {
  for (let i = 0; i < n && frames.size; i++) {
    now += ms;
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb(now);
  }
}

/** A clock made inside an effect root (destroyed after the test). */
function clockIn(options: ConstructorParameters<typeof Clock>[0]): Clock {
  let clock!: Clock;
  cleanup = $effect.root(() => {
    clock = new Clock(options);
  });
  return clock;
}

describe('Clock: the day', () => {
  it('starts today, at day precision, not playing, with nothing selected', () => {
    const clock = clockIn({});
    expect(clock.start).toBe(AXIS_START);
    expect(dayToIso(clock.start)).toBe('2016-05-01');
    expect(clock.end).toBe(dayFromDate(new Date()));
    expect(clock.day).toBe(clock.end);
    expect(clock.precision).toBe('day');
    expect(clock.playing).toBe(false);
    expect(clock.selection).toBeNull();
    expect(clock.theme).toBeNull();
  });

  it('clamps and rounds the day it is given at start', () => {
    expect(clockIn({ start, end, day: start - 100 }).day).toBe(start);
    expect(clockIn({ start, end, day: end + 100 }).day).toBe(end);
    expect(clockIn({ start, end, day: start + 10.6 }).day).toBe(start + 11);
  });

  it('setDay clamps to the axis, keeps whole days, and records the precision it was given', () => {
    const clock = clockIn({ start, end });
    clock.setDay(start - 100);
    expect(clock.day).toBe(start);
    clock.setDay(end + 1);
    expect(clock.day).toBe(end);
    clock.setDay(start + 41.4);
    expect(clock.day).toBe(start + 41);
    clock.setDay(start + 41.5);
    expect(clock.day).toBe(start + 42);

    clock.setDay(placeOf('2019-06'), 'month');
    expect(dayToIso(clock.day)).toBe('2019-06-01');
    expect(clock.precision).toBe('month');
    clock.setDay(placeOf('2019'), 'year');
    expect(clock.precision).toBe('year');
    // Any move without a precision is at day precision again.
    clock.setDay(placeOf('2019-06-15'));
    expect(clock.precision).toBe('day');
  });

  it('is reactive: a $derived and an $effect of the day follow it', () => {
    let iso = '';
    let runs = 0;
    let clock!: Clock;
    cleanup = $effect.root(() => {
      clock = new Clock({ start, end, day: start });
      const text = $derived(dayToIso(clock.day));
      $effect(() => {
        runs++;
        iso = text;
      });
    });
    flushSync();
    expect([runs, iso]).toEqual([1, '2016-05-01']);
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    expect([runs, iso]).toEqual([2, '2019-06-15']);
    // The same day again is no change.
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    expect(runs).toBe(2);
  });
});

describe('Clock: playing', () => {
  it('moves forward in whole days at PLAY_SPEED days a second, with no drift from the fractions', () => {
    const clock = clockIn({ start, end, day: start });
    clock.play();
    expect(clock.playing).toBe(true);
    expect(frames.size).toBe(1);
    runFrames(1, 16); // 3.04 days
    expect(clock.day).toBe(start + 3);
    const seen: number[] = [];
    for (let i = 0; i < 61; i++) {
      runFrames(1, 16);
      seen.push(clock.day);
    }
    expect(seen.every(Number.isInteger)).toBe(true);
    // 62 frames of 16 ms = 0.992 s: 188.48 days, the fractions carried over rather than lost.
    expect(clock.day).toBe(start + Math.floor(0.992 * PLAY_SPEED));
    expect(clock.playing).toBe(true);
  });

  it('changes the day (and what follows it) only when a whole day has passed', () => {
    let runs = 0;
    let clock!: Clock;
    cleanup = $effect.root(() => {
      clock = new Clock({ start, end, day: start });
      $effect(() => {
        void clock.day;
        runs++;
      });
    });
    flushSync();
    clock.play();
    // 1 ms frames: 0.19 days each, so 105 frames move 19.95 days: 19 whole days, one effect run each.
    for (let i = 0; i < 105; i++) {
      runFrames(1, 1);
      flushSync();
    }
    expect(clock.day).toBe(start + 19);
    expect(runs).toBe(1 + 19);
  });

  it('moves at most 100 ms worth in one frame (after a stall or a hidden tab)', () => {
    const clock = clockIn({ start, end, day: start });
    clock.play();
    runFrames(1, 5000);
    expect(clock.day).toBe(start + Math.floor(0.1 * PLAY_SPEED));
  });

  it('stops at the end, and asks for no more frames', () => {
    const clock = clockIn({ start, end, day: end - 10 });
    clock.play();
    runFrames(100);
    expect(clock.day).toBe(end);
    expect(clock.playing).toBe(false);
    expect(frames.size).toBe(0);
  });

  it('restarts from the start when played at the end', () => {
    const clock = clockIn({ start, end });
    expect(clock.day).toBe(end);
    clock.play();
    expect(clock.day).toBe(start);
    expect(clock.playing).toBe(true);
    runFrames(1, 100);
    expect(clock.day).toBe(start + 19);
  });

  it('does not restart when played elsewhere, and a second play starts no second loop', () => {
    const middle = placeOf('2020-01-01');
    const clock = clockIn({ start, end, day: middle });
    clock.play();
    expect(clock.day).toBe(middle);
    clock.play();
    expect(frames.size).toBe(1);
    runFrames(1, 100);
    expect(clock.day).toBe(middle + 19);
  });

  it('moves to day precision once it moves', () => {
    const clock = clockIn({ start, end });
    clock.setDay(placeOf('2019'), 'year');
    clock.play();
    runFrames(1, 100);
    expect(clock.precision).toBe('day');
  });

  it('pauses: no frame is left, and the day stays', () => {
    const clock = clockIn({ start, end, day: start });
    clock.play();
    runFrames(3);
    clock.pause();
    expect(clock.playing).toBe(false);
    expect(frames.size).toBe(0);
    const stopped = clock.day;
    runFrames(5);
    expect(clock.day).toBe(stopped);
  });

  it('a frame already running when paused does nothing', () => {
    const clock = clockIn({ start, end, day: start });
    clock.play();
    const [stale] = [...frames.values()];
    clock.pause();
    now += 100;
    stale!(now);
    expect(clock.day).toBe(start);
    expect(frames.size).toBe(0);
  });

  it('toggles between playing and paused, and resumes without a jump', () => {
    const clock = clockIn({ start, end, day: start });
    clock.toggle();
    expect(clock.playing).toBe(true);
    runFrames(1, 100);
    clock.toggle();
    expect(clock.playing).toBe(false);
    expect(clock.day).toBe(start + 19);
    // A long pause is not played back: the clock starts counting again when played.
    now += 60_000;
    clock.toggle();
    expect(clock.playing).toBe(true);
    runFrames(1, 50);
    expect(clock.day).toBe(start + 19 + Math.floor(0.05 * PLAY_SPEED));
  });
});

describe('Clock: stepping between events', () => {
  it('steps to the next and the previous event day', () => {
    const clock = clockIn({ start, end, day: start });
    clock.stepEvent(1, events);
    expect(dayToIso(clock.day)).toBe('2016-05-26');
    clock.stepEvent(1, events);
    expect(dayToIso(clock.day)).toBe('2017-03-01');
    clock.stepEvent(1, events);
    expect(dayToIso(clock.day)).toBe('2019-06-04');
    clock.stepEvent(-1, events);
    expect(dayToIso(clock.day)).toBe('2017-03-01');
    // From between two events.
    clock.setDay(placeOf('2018-01-01'));
    clock.stepEvent(-1, events);
    expect(dayToIso(clock.day)).toBe('2017-03-01');
    clock.setDay(placeOf('2018-01-01'));
    clock.stepEvent(1, events);
    expect(dayToIso(clock.day)).toBe('2019-06-04');
  });

  it('past the last event goes to the end, before the first to the start', () => {
    const clock = clockIn({ start, end, day: placeOf('2020') });
    clock.stepEvent(1, events);
    expect(clock.day).toBe(end);
    clock.stepEvent(1, events);
    expect(clock.day).toBe(end);
    clock.setDay(placeOf('2016-05-26'));
    clock.stepEvent(-1, events);
    expect(clock.day).toBe(start);
    clock.stepEvent(-1, events);
    expect(clock.day).toBe(start);
    clock.stepEvent(1, []);
    expect(clock.day).toBe(end);
  });

  it('stops playback and moves at day precision', () => {
    const clock = clockIn({ start, end, day: start });
    clock.setDay(start, 'month');
    clock.play();
    clock.stepEvent(1, events);
    expect(clock.playing).toBe(false);
    expect(frames.size).toBe(0);
    expect(clock.precision).toBe('day');
    expect(dayToIso(clock.day)).toBe('2016-05-26');
  });
});

describe('Clock: selection and theme filter', () => {
  it('selects and clears, and the views that read them follow', () => {
    let seen: unknown[] = [];
    let clock!: Clock;
    cleanup = $effect.root(() => {
      clock = new Clock({ start, end });
      $effect(() => {
        seen = [clock.selection, clock.theme];
      });
    });
    flushSync();
    expect(seen).toEqual([null, null]);
    clock.select({ kind: 'member', id: 'SRB' });
    clock.filterTheme('cybercrime');
    flushSync();
    expect(seen).toEqual([{ kind: 'member', id: 'SRB' }, 'cybercrime']);
    clock.select(null);
    clock.filterTheme(null);
    flushSync();
    expect(seen).toEqual([null, null]);
    // Neither moves the day.
    expect(clock.day).toBe(end);
  });

  it('gives every chart the same time axis', () => {
    const clock = new Clock({ start, end });
    expect([clock.axis.start, clock.axis.end]).toEqual([start, end]);
    expect(clock.axis.percent(start)).toBe(0);
    expect(clock.axis.percent(end)).toBe(100);
    expect(clock.axis.percent(end + 50)).toBe(100);
    const mid = Math.round((start + end) / 2);
    // A chart's scale over the same axis puts a day where the time control does.
    expect(axisScale(clock.axis, 10, 110)(end)).toBe(110);
    expect(axisScale(clock.axis, 0, 100)(mid)).toBeCloseTo(clock.axis.percent(mid), 9);
    expect(clock.axis.years[0]!.year).toBe(2017);
  });
});
