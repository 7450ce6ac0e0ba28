/**
 * The clock and the mode mirrored in the URL (jsdom's location and history): what is read at start,
 * which changes add a history entry and which replace one, and what back and forward restore.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { Clock } from '../../../src/lib/clock/clock.svelte';
import { Mode } from '../../../src/lib/clock/mode.svelte';
import { COALESCE_MS, syncWithUrl } from '../../../src/lib/clock/url-sync.svelte';
import { dayToIso, placeOf } from '../../../src/lib/dates/partial-date';

const start = placeOf('2016-05');
const end = placeOf('2026-11-23');

let now: number;
let cleanup: (() => void) | undefined;
let push: ReturnType<typeof vi.spyOn>;
let replace: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  now = 10_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  // No animation frames run here: playing only has to stop the URL writes.
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Opens the page at `url`, then starts the sync; the spies count only the sync's own writes. */
function open(url: string, mode = new Mode()): { clock: Clock; mode: Mode } {
  history.replaceState(null, '', url);
  push = vi.spyOn(history, 'pushState');
  replace = vi.spyOn(history, 'replaceState');
  const clock = new Clock({ start, end });
  cleanup = $effect.root(() => {
    syncWithUrl(clock, mode);
  });
  flushSync();
  return { clock, mode };
}

const search = () => location.search;
/** Waits for the popstate of a history traversal (jsdom traverses in a task of its own). */
function traverse(delta: number): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.go(delta);
  });
}

describe('syncWithUrl: start', () => {
  it('reads the date at its precision, the selection, the theme filter, the look and presenter mode', () => {
    const { clock, mode } = open('/?date=2019-06&sel=member%3ASRB&theme=cybercrime&look=dark&present=1');
    // June 2019 is read as its end: the state once everything in June 2019 has happened.
    expect(dayToIso(clock.day)).toBe('2019-06-30');
    expect(clock.precision).toBe('month');
    expect(clock.selection).toEqual({ kind: 'member', id: 'SRB' });
    expect(clock.theme).toBe('cybercrime');
    expect(mode.look).toBe('dark');
    expect(mode.present).toBe(true);
    // The URL already says all that, as the app writes it: nothing is written.
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
  });

  it('reads a selection written with a plain colon, and tidies it to the written form in place', () => {
    const { clock } = open('/?sel=member:SRB');
    expect(clock.selection).toEqual({ kind: 'member', id: 'SRB' });
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?sel=member%3ASRB');
  });

  it('with no date shows today, and keeps the URL without one', () => {
    const { clock } = open('/?x=1');
    expect(clock.day).toBe(end);
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(search()).toBe('?x=1');
  });

  it('tidies a malformed value away by replacing the entry, keeping unknown parameters', () => {
    const { clock } = open('/?date=someday&sel=member&x=1#map');
    expect(clock.day).toBe(end);
    expect(clock.selection).toBeNull();
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?x=1');
    expect(location.hash).toBe('#map');
  });
});

describe('syncWithUrl: history entries', () => {
  it('adds an entry for a deliberate change, and replaces it while the same drag goes on', () => {
    const { clock } = open('/');
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?date=2019-06-15');
    // A drag of the scrubber: the date moves again moments later.
    now += COALESCE_MS - 100;
    clock.setDay(placeOf('2019-07-01'));
    flushSync();
    now += COALESCE_MS - 100;
    clock.setDay(placeOf('2019-08-01'));
    flushSync();
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(search()).toBe('?date=2019-08-01');
    // Later, a new gesture: an entry of its own.
    now += COALESCE_MS + 1;
    clock.setDay(placeOf('2020-01-01'));
    flushSync();
    expect(push).toHaveBeenCalledTimes(2);
    expect(replace).toHaveBeenCalledTimes(2);
  });

  it('never coalesces a change of the selection, the theme filter or the look', () => {
    const { clock, mode } = open('/');
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    now += 10;
    clock.select({ kind: 'meeting', id: 'm7' });
    flushSync();
    now += 10;
    clock.filterTheme('cybercrime');
    flushSync();
    now += 10;
    mode.look = 'contrast';
    flushSync();
    expect(push).toHaveBeenCalledTimes(4);
    expect(replace).not.toHaveBeenCalled();
    expect(search()).toBe('?date=2019-06-15&sel=meeting%3Am7&theme=cybercrime&look=contrast');
  });

  it('writes nothing while the clock plays, and one entry where it stops', () => {
    const { clock } = open('/?date=2019');
    clock.play();
    flushSync();
    for (let day = placeOf('2019-01-02'); day < placeOf('2019-01-20'); day++) {
      now += 16;
      clock.setDay(day);
      flushSync();
    }
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    expect(search()).toBe('?date=2019');
    clock.pause();
    flushSync();
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?date=2019-01-19');
  });

  it('writes today as no date', () => {
    const { clock } = open('/?date=2019-06-15&x=1');
    clock.setDay(end);
    flushSync();
    expect(search()).toBe('?x=1');
  });

  it('keeps the embed and controls it was opened with', () => {
    const { clock } = open('/?embed=map&controls=0', new Mode({ embed: 'map', controls: false }));
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    expect(search()).toBe('?embed=map&controls=0&date=2019-06-15');
  });
});

describe('syncWithUrl: back and forward', () => {
  it('restores the state an entry holds, pauses the clock, and writes no entry for it', async () => {
    const { clock, mode } = open('/');
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    now += COALESCE_MS + 1;
    clock.select({ kind: 'member', id: 'SRB' });
    mode.look = 'dark';
    flushSync();
    expect(push).toHaveBeenCalledTimes(2);

    await traverse(-1);
    flushSync();
    expect(search()).toBe('?date=2019-06-15');
    expect(dayToIso(clock.day)).toBe('2019-06-15');
    expect(clock.selection).toBeNull();
    expect(mode.look).toBeNull();

    clock.play();
    await traverse(-1);
    flushSync();
    expect(clock.playing).toBe(false);
    expect(clock.day).toBe(end);
    expect(search()).toBe('');

    await traverse(2);
    flushSync();
    expect(clock.selection).toEqual({ kind: 'member', id: 'SRB' });
    expect(mode.look).toBe('dark');
    expect(push).toHaveBeenCalledTimes(2);
    expect(replace).not.toHaveBeenCalled();
  });

  it('after going back, the next change is an entry of its own, even moments after the last write', async () => {
    const { clock } = open('/');
    clock.setDay(placeOf('2019-06-15'));
    flushSync();
    now += COALESCE_MS + 1;
    clock.setDay(placeOf('2020-01-01'));
    flushSync();
    // Back 300 ms after that write, then a new date 300 ms later: a new gesture on the entry gone back
    // to, not more of the one that wrote 2020-01-01.
    now += 300;
    await traverse(-1);
    flushSync();
    expect(search()).toBe('?date=2019-06-15');
    now += 300;
    clock.setDay(placeOf('2021-01-01'));
    flushSync();
    expect(replace).not.toHaveBeenCalled();
    expect(push).toHaveBeenCalledTimes(3);
    expect(search()).toBe('?date=2021-01-01');
    // So back returns to the entry gone back to.
    await traverse(-1);
    flushSync();
    expect(dayToIso(clock.day)).toBe('2019-06-15');
  });

  it('after following a same-page link (#anchor), the next change is still an entry of its own', async () => {
    const { clock } = open('/?date=2019-06-15');
    // A link to a part of the page (a source, a disagreement, the skip link): a history entry that
    // changes the hash only, and a popstate (jsdom fires it, as browsers do).
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    location.hash = '#source-1';
    await popped;
    flushSync();
    expect(push).not.toHaveBeenCalled();
    now += COALESCE_MS + 1;
    clock.select({ kind: 'member', id: 'SRB' });
    flushSync();
    expect(replace).not.toHaveBeenCalled();
    expect(push).toHaveBeenCalledTimes(1);
    expect(search()).toBe('?date=2019-06-15&sel=member%3ASRB');
    expect(location.hash).toBe('#source-1');
  });
});
