/**
 * The story's steps and which one is shown, for the stage and the presenter's own view alike, kept in
 * step between the windows of one browser by a BroadcastChannel (no server; works offline). Whichever
 * window receives the clicker's keys moves; it tells the others, which follow without telling back.
 * Closing either window leaves the other working: each holds the whole story.
 */
import type { NetworkModel } from '../lib/model';
import type { Clock } from '../lib/clock/clock.svelte';
import type { Mode } from '../lib/clock/mode.svelte';
import type { Day } from '../lib/dates/partial-date';
import { decodeStory } from '../story/codec';
import { stageSteps, stepAt, type StageStep } from '../story/steps';
import type { StoryState } from '../story/story-state.svelte';

/** The channel the windows of one talk share. */
export const CHANNEL = 'pcocp-presenter';

export type DeckMessage =
  | { readonly type: 'step'; readonly index: number; readonly day: Day; readonly blank: boolean }
  | { readonly type: 'story'; readonly code: string | null }
  /** A window that has just opened asks where the talk is. */
  | { readonly type: 'hello' };

export class Deck {
  readonly steps: StageStep[];
  /** The step shown. */
  readonly index: number;
  /** The step after it, or null at the end. */
  readonly next: StageStep | null;
  #held = $state(-1);
  #clock: Clock;
  #mode: Mode;
  #story: StoryState;
  #channel: BroadcastChannel | null = null;

  constructor(options: { model: () => NetworkModel; clock: Clock; mode: Mode; story: StoryState }) {
    this.#clock = options.clock;
    this.#mode = options.mode;
    this.#story = options.story;
    this.steps = $derived(stageSteps(options.model(), this.#story.story, this.#clock.end));
    this.index = $derived(stepAt(this.steps, this.#clock.day, this.#held));
    this.next = $derived(this.steps[this.index + 1] ?? null);
  }

  get step(): StageStep {
    return this.steps[this.index]!;
  }

  /** Shows step `to` (clamped), here and in the other windows. */
  go(to: number): void {
    this.#show(Math.min(this.steps.length - 1, Math.max(0, to)), false);
    this.#tell();
  }

  /** Blanks the screen or brings it back, here and in the other windows. */
  blank(on: boolean): void {
    this.#mode.blank = on;
    this.#tell();
  }

  /** The story changed here (the editor): the other windows tell it too. */
  storyChanged(): void {
    this.#held = -1;
    this.#post({ type: 'story', code: this.#story.code });
    this.go(this.index);
  }

  #show(index: number, blank: boolean): void {
    const step = this.steps[index];
    if (!step) return;
    this.#clock.pause();
    this.#mode.blank = blank;
    this.#held = index;
    this.#clock.setDay(step.day);
    if (this.#story.story) this.#clock.filterTheme(step.theme);
  }

  #tell(): void {
    this.#post({ type: 'step', index: this.index, day: this.step.day, blank: this.#mode.blank });
  }

  #post(message: DeckMessage): void {
    this.#channel?.postMessage(message);
  }

  /** Joins the windows' channel (call from an effect; returns the cleanup). */
  connect(): () => void {
    if (typeof BroadcastChannel === 'undefined') return () => {};
    const channel = new BroadcastChannel(CHANNEL);
    this.#channel = channel;
    channel.onmessage = (event: MessageEvent<DeckMessage>) => {
      const message = event.data;
      // A new window hears the story too: a story too long for a link is not in the link it opened with.
      if (message.type === 'hello') {
        this.#post({ type: 'story', code: this.#story.code });
        this.#tell();
      }
      else if (message.type === 'step') this.#show(message.index, message.blank);
      else if (message.type === 'story') {
        const read = message.code === null ? null : decodeStory(message.code);
        if (read === null || read.ok) this.#story.set(read ? read.story : null, message.code);
      }
    };
    this.#post({ type: 'hello' });
    return () => {
      channel.close();
      this.#channel = null;
    };
  }

  /** The clicker's and the keyboard's keys; returns whether the key was used. `leave` answers Escape. */
  key(event: KeyboardEvent, leave: () => void): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    // A blank screen comes back with any key, and that key does nothing else.
    if (this.#mode.blank) {
      if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return false;
      this.blank(false);
      return true;
    }
    const target = event.target as HTMLElement;
    if (target.closest('select, input, textarea, dialog')) return false;
    // Buttons keep Enter and Space for themselves.
    if ((event.key === 'Enter' || event.key === ' ') && target.closest('button')) return false;
    const forward = () => this.go(this.index + 1);
    const back = () => this.go(this.index - 1);
    const toggle = () => this.blank(!this.#mode.blank);
    const keys: Record<string, () => void> = {
      PageDown: forward,
      ArrowRight: forward,
      ArrowDown: forward,
      ' ': forward,
      Enter: forward,
      PageUp: back,
      ArrowLeft: back,
      ArrowUp: back,
      Home: () => this.go(0),
      End: () => this.go(this.steps.length - 1),
      b: toggle,
      B: toggle,
      '.': toggle,
      Escape: leave,
    };
    const action = keys[event.key];
    if (!action) return false;
    action();
    return true;
  }
}
