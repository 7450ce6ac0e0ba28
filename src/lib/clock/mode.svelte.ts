/**
 * How the page is shown: the whole dashboard or one embedded view, with or without controls, in
 * which colour scheme, and whether presenter mode is on. Read from the URL at start; the look and
 * presenter mode change at the user's request and are written back with the clock.
 */
import { createContext } from 'svelte';
import type { Embed, Look } from './url';

export class Mode {
  /** One view alone (`?embed=map`), or null for the whole dashboard. */
  readonly embed: Embed | null;
  /** False for a static figure (`?controls=0`): no time control. */
  readonly controls: boolean;
  /** The colour scheme chosen over the system's, or null to follow the system. */
  look = $state<Look | null>(null);
  /** Presenter mode: big type, a story of steps, clicker keys. */
  present = $state(false);
  /** Presenter mode's blank screen (B or '.'). */
  blank = $state(false);

  constructor(options: { embed?: Embed | null; controls?: boolean; look?: Look | null; present?: boolean } = {}) {
    this.embed = options.embed ?? null;
    this.controls = options.controls ?? true;
    this.look = options.look ?? null;
    this.present = options.present ?? false;
  }
}

const [getMode, setMode] = createContext<Mode>();
export { getMode, setMode };
