/**
 * Mirrors the clock in the URL: reads `?date=` at start and on back/forward, and writes it back
 * (with `replaceState`, not a history entry per frame) whenever the clock settles on a new date.
 * Call it once, during the initialisation of the component that owns the clock.
 */
import type { Clock } from './clock.svelte';
import { readDate, writeDate } from './url';

export function syncClockWithUrl(clock: Clock): void {
  const fromUrl = () => {
    const date = readDate(location.search, clock.start, clock.end);
    if (date) clock.setDay(date.day, date.precision);
  };
  fromUrl();

  $effect(() => {
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  });

  $effect(() => {
    if (clock.playing) return;
    const search = writeDate(location.search, { day: clock.day, precision: clock.precision });
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  });
}
