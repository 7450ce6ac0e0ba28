/**
 * A component loaded on first use (a separate chunk the first view does without). `current` is
 * null until it has loaded; render it as `{@const C = lazy.current}<C … />` once it is set.
 */
import type { Component } from 'svelte';

export class Lazy<T extends Component<never>> {
  current = $state<T | null>(null);
  #load: () => Promise<{ default: T }>;
  #loading: Promise<T> | null = null;

  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
  }

  /** Starts loading (once); resolves to the component. */
  load(): Promise<T> {
    this.#loading ??= this.#load().then((module) => (this.current = module.default));
    return this.#loading;
  }
}
