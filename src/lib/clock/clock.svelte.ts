/**
 * The one shared clock: the current date, whether it is playing, and the selection. Every view reads
 * it from context (`getClock()`) and follows it; the URL mirrors it (see `url.ts` and `UrlSync`).
 */
import { createContext } from 'svelte';
import { dayFromDate, type Day, type Precision } from '../dates/partial-date';
import { nextEventDay, previousEventDay } from '../model/events';
import { AXIS_START, timeAxis, type TimeAxis } from './axis';

export { AXIS_START };

/** Days of story per second of playback (the whole 2016 to today run takes about 20 seconds). */
export const PLAY_SPEED = 190;

export type Selection = { readonly kind: 'member' | 'meeting' | 'term' | 'source'; readonly id: string };

export class Clock {
  /** The first day of the axis. */
  readonly start: Day;
  /** The last day of the axis: today. */
  readonly end: Day;
  /** Where the sources' knowledge ends (the model's `knowledgeEnds`), once known: the axis's break. */
  readonly #sourcesEnd: () => Day | null | undefined;
  /** The time axis from start to end, shared by every chart on this clock; short after the sources once they are known. */
  get axis(): TimeAxis {
    return this.#axis;
  }
  #axis = $derived.by(() => timeAxis(this.start, this.end, this.#sourcesEnd() ?? null));
  /** The current day. */
  day = $state<Day>(0);
  /** The precision the current day was given at (by the URL); "day" once the clock moves. */
  precision = $state<Precision>('day');
  playing = $state(false);
  /** True while the reader drags the scrubber: one gesture, written to the URL once it ends. */
  scrubbing = $state(false);
  selection = $state<Selection | null>(null);
  /** The theme filter: a theme id from themes.json, or null for none. */
  theme = $state<string | null>(null);
  #frame = 0;
  #last = 0;

  constructor(options: { start?: Day; end?: Day; day?: Day; sourcesEnd?: () => Day | null | undefined } = {}) {
    this.start = options.start ?? AXIS_START;
    this.end = options.end ?? dayFromDate(new Date());
    this.#sourcesEnd = options.sourcesEnd ?? (() => null);
    this.day = this.#clamp(options.day ?? this.end);
  }

  #clamp(day: Day): Day {
    return Math.min(this.end, Math.max(this.start, Math.round(day)));
  }

  /** Moves the clock to a day (clamped to the axis), at day precision unless told otherwise. */
  setDay(day: Day, precision: Precision = 'day'): void {
    this.day = this.#clamp(day);
    this.precision = precision;
  }

  play(): void {
    if (this.playing) return;
    if (this.day >= this.end) this.setDay(this.start);
    this.playing = true;
    this.#last = performance.now();
    this.#frame = requestAnimationFrame(this.#tick);
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  #tick = (now: number): void => {
    if (!this.playing) return;
    const elapsed = Math.min(now - this.#last, 100);
    this.#last = now;
    const next = this.day + (elapsed / 1000) * PLAY_SPEED;
    if (next >= this.end) {
      this.setDay(this.end);
      this.pause();
      return;
    }
    // Keep fractional progress out of the stored day: whole days only, carried in #last.
    const whole = Math.floor(next);
    this.#last -= ((next - whole) / PLAY_SPEED) * 1000;
    if (whole !== this.day) this.setDay(whole);
    this.#frame = requestAnimationFrame(this.#tick);
  };

  /** Steps to the next (+1) or previous (-1) of the given event days; past the last, to the axis's end. */
  stepEvent(direction: 1 | -1, eventDays: readonly Day[]): void {
    this.pause();
    const target = direction > 0 ? nextEventDay(eventDays, this.day) : previousEventDay(eventDays, this.day);
    if (target !== null) this.setDay(target);
    else this.setDay(direction > 0 ? this.end : this.start);
  }

  select(selection: Selection | null): void {
    this.selection = selection;
  }

  /** Sets the theme filter (null clears it). */
  filterTheme(theme: string | null): void {
    this.theme = theme;
  }
}

const [getClock, setClock] = createContext<Clock>();
export { getClock, setClock };
