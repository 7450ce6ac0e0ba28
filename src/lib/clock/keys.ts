/**
 * The time axis's keys: one map for every control that moves the clock along it (the time control's
 * scrubber, the timeline's axis). The arrows move by a month (up is later, unless time runs down the
 * page), PageUp and PageDown to the previous and next event (what a presenter's clicker sends), Home
 * and End to the start and today; Space plays or pauses.
 */
import { addMonths, type Day } from '../dates/partial-date';
import type { Clock } from './clock.svelte';

export type AxisMove = { readonly months: -1 | 1 } | { readonly event: -1 | 1 } | { readonly to: 'start' | 'end' } | { readonly toggle: true };

/** What a key does on the time axis, or null for a key it leaves alone. */
export function axisMove(key: string, timeRunsDown = false): AxisMove | null {
  switch (key) {
    case 'ArrowLeft':
      return { months: -1 };
    case 'ArrowRight':
      return { months: 1 };
    case 'ArrowUp':
      return { months: timeRunsDown ? -1 : 1 };
    case 'ArrowDown':
      return { months: timeRunsDown ? 1 : -1 };
    case 'PageUp':
      return { event: -1 };
    case 'PageDown':
      return { event: 1 };
    case 'Home':
      return { to: 'start' };
    case 'End':
      return { to: 'end' };
    case ' ':
      return { toggle: true };
    default:
      return null;
  }
}

/** Moves the clock for a key of the time axis (a move pauses playback); false for a key it leaves alone. */
export function onAxisKey(clock: Clock, key: string, eventDays: readonly Day[], timeRunsDown = false): boolean {
  const move = axisMove(key, timeRunsDown);
  if (!move) return false;
  if ('toggle' in move) {
    clock.toggle();
    return true;
  }
  clock.pause();
  if ('months' in move) clock.setDay(addMonths(clock.day, move.months));
  else if ('event' in move) clock.stepEvent(move.event, eventDays);
  else clock.setDay(move.to === 'start' ? clock.start : clock.end);
  return true;
}
