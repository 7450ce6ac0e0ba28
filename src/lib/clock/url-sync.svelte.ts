/**
 * Mirrors the clock and the mode in the URL, so that every picture the app shows has a link.
 *
 * - With no date the clock shows today, and today is written as no date.
 * - At start the URL sets the date, selection, theme filter and mode (see `url.ts`).
 * - Each deliberate change (a step, a selection, a filter, the end of a drag) adds a history entry,
 *   so back and forward step through what the user did. Nothing is written while the clock plays or
 *   while the scrubber is dragged (one entry when the drag ends), and date changes that follow each
 *   other within COALESCE_MS (a key held down) replace the entry instead.
 * - An embed never adds history entries: it lives in someone else's page, whose Back button must
 *   leave the page rather than step the iframe. It only replaces its own URL.
 * - Back and forward (`popstate`) restore the state the entry holds.
 *
 * Call it once, during the initialisation of the component that owns the clock and the mode.
 */
import type { Clock } from './clock.svelte';
import type { Mode } from './mode.svelte';
import { readState, writeState, type UrlState } from './url';

export const COALESCE_MS = 700;

export function syncWithUrl(clock: Clock, mode: Mode, search: string = location.search): void {
  const apply = (state: UrlState) => {
    if (state.date) clock.setDay(state.date.day, state.date.precision);
    else clock.setDay(clock.end);
    clock.select(state.selection);
    clock.filterTheme(state.theme);
  };
  const initial = readState(search, clock.start, clock.end);
  apply(initial);
  mode.look = initial.look;
  mode.present = initial.present;

  let lastWrite = -Infinity;
  let lastKey = keyOf(initial);
  let first = true;
  // Counts back and forward (and same-page links, which fire popstate too): the write effect reads it,
  // so it runs after each one even when the state did not change, and that run only tidies.
  let popped = $state(0);

  $effect(() => {
    const onpop = () => {
      const state = readState(location.search, clock.start, clock.end);
      clock.pause();
      apply(state);
      mode.look = state.look;
      mode.present = state.present;
      lastKey = keyOf(state);
      lastWrite = -Infinity; // the entry gone back to starts no gesture
      first = true; // the next write only tidies this entry
      popped++;
    };
    window.addEventListener('popstate', onpop);
    return () => window.removeEventListener('popstate', onpop);
  });

  $effect(() => {
    if (clock.playing || clock.scrubbing) return;
    void popped;
    const state: UrlState = {
      // Today is the default: a link without a date follows today.
      date: clock.day === clock.end ? null : { day: clock.day, precision: clock.precision },
      selection: clock.selection,
      theme: clock.theme,
      embed: mode.embed,
      controls: mode.controls,
      look: mode.look,
      present: mode.present,
    };
    const search = writeState(location.search, state);
    const tidying = first;
    first = false;
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    const now = performance.now();
    // Only the date moved, and moments ago: the same gesture goes on, so replace its entry.
    const key = keyOf(state);
    // The first write only tidies the URL the page was opened with (a malformed value dropped).
    if (tidying || mode.embed || (key === lastKey && now - lastWrite < COALESCE_MS)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    // A tidied URL starts no gesture: the next change is an entry of its own.
    lastWrite = tidying ? -Infinity : now;
    lastKey = key;
  });
}

/** Everything but the date: a change here is always its own history entry. */
function keyOf(state: UrlState): string {
  return JSON.stringify([state.selection, state.theme, state.look, state.present]);
}
