import { describe, expect, it, vi } from 'vitest';
import { Clock } from '../../../src/lib/clock/clock.svelte';
import { axisMove, onAxisKey } from '../../../src/lib/clock/keys';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';

describe('axisMove: one map of the time axis’s keys', () => {
  it.each([
    ['ArrowLeft', false, { months: -1 }],
    ['ArrowRight', false, { months: 1 }],
    ['ArrowUp', false, { months: 1 }],
    ['ArrowDown', false, { months: -1 }],
    // Where time runs down the page (the narrow timeline), down is later.
    ['ArrowUp', true, { months: -1 }],
    ['ArrowDown', true, { months: 1 }],
    ['ArrowLeft', true, { months: -1 }],
    // A clicker's keys: the previous and next event, whichever way time runs.
    ['PageUp', false, { event: -1 }],
    ['PageDown', false, { event: 1 }],
    ['PageUp', true, { event: -1 }],
    ['PageDown', true, { event: 1 }],
    ['Home', false, { to: 'start' }],
    ['End', false, { to: 'end' }],
    [' ', false, { toggle: true }],
    ['Enter', false, null],
    ['a', true, null],
  ] as const)('%j (time runs down: %s) → %j', (key, down, move) => {
    expect(axisMove(key, down)).toEqual(move);
  });
});

describe('onAxisKey', () => {
  const events = ['2016-05-26', '2017-03-01', '2019-06-04'].map(placeOf);
  const clockAt = (iso: string) => new Clock({ start: placeOf('2016-05'), end: placeOf('2026-11-23'), day: placeOf(iso) });

  it.each([
    ['PageUp', '2018-01-15', '2017-03-01'],
    ['PageDown', '2018-01-15', '2019-06-04'],
    ['ArrowRight', '2018-01-15', '2018-02-15'],
    ['Home', '2018-01-15', '2016-05-01'],
    ['End', '2018-01-15', '2026-11-23'],
  ])('%s from %s goes to %s', (key, from, to) => {
    const clock = clockAt(from);
    expect(onAxisKey(clock, key, events)).toBe(true);
    expect(dayToIso(clock.day)).toBe(to);
  });

  it('leaves other keys alone, and Space plays without moving the day', () => {
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const clock = clockAt('2018-01-15');
    expect(onAxisKey(clock, 'Enter', events)).toBe(false);
    expect(onAxisKey(clock, ' ', events)).toBe(true);
    expect(clock.playing).toBe(true);
    expect(onAxisKey(clock, 'ArrowLeft', events)).toBe(true);
    expect(clock.playing).toBe(false);
    expect(dayToIso(clock.day)).toBe('2017-12-15');
    vi.unstubAllGlobals();
  });
});
