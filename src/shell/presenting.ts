/**
 * Entering and leaving presenter mode from the dashboard, and the dashboard's own keys (Space plays,
 * P presents). Presenter mode itself is `src/present/`.
 */
import type { Clock } from '../lib/clock/clock.svelte';
import type { Mode } from '../lib/clock/mode.svelte';
import type { NetworkModel } from '../lib/model';
import { storySteps } from '../story/default';

/** The page's models (`lib/model/query.ts`): presenter mode tells the story from the whole one. */
interface Models {
  /** The page's model, once loaded. */
  readonly page: () => NetworkModel | undefined;
  /** The whole model, once loaded. */
  readonly whole: () => NetworkModel | undefined;
  /** Loads the whole model. */
  readonly loadWhole: () => Promise<NetworkModel>;
}

export class Presenting {
  #clock: Clock;
  #mode: Mode;
  #models: Models;

  constructor(clock: Clock, mode: Mode, models: Models) {
    this.#clock = clock;
    this.#mode = mode;
    this.#models = models;
  }

  /**
   * Presenter mode: fullscreen where the browser allows it, the story from its first step (at once
   * where the whole model is there, else once it has come: presenter mode is drawn then).
   */
  present = (): void => {
    if (!this.#models.page()) return;
    this.#clock.pause();
    const fromTheStart = (model: NetworkModel) => {
      if (this.#clock.day >= this.#clock.end) this.#clock.setDay(storySteps(model, this.#clock.end)[0]!.day);
    };
    const whole = this.#models.whole();
    if (whole) fromTheStart(whole);
    else void this.#models.loadWhole().then((model) => this.#mode.present && fromTheStart(model), () => {});
    this.#mode.present = true;
    document.documentElement.requestFullscreen?.().catch(() => {
      // Refused (no user gesture, or not allowed in this frame): the presenter layout works without it.
    });
  };

  leave = (): void => {
    this.#mode.present = false;
    this.#mode.blank = false;
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  };

  /** The dashboard's keys: Space plays or pauses, P presents. */
  onkeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || this.#mode.present || this.#mode.embed) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, button, select, textarea, a, [contenteditable], [role="slider"], summary')) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.#clock.toggle();
    } else if (event.key === 'p' || event.key === 'P') {
      event.preventDefault();
      this.present();
    }
  };

  /** Leaving fullscreen with the browser's own Escape also leaves presenter mode. */
  onfullscreenchange = (): void => {
    if (!document.fullscreenElement && this.#mode.present) this.leave();
  };
}
