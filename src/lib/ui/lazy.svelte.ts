/**
 * A component loaded on first use (a separate chunk the first view does without). `current` is
 * null until it has loaded; render it as `{@const C = lazy.current}<C … />` once it is set. A failed
 * load is tried once more; if that fails too, `error` says so (show `LoadFailed`), and the next call
 * to `load` tries again (a tab left open across a deploy, a network that came back).
 */
import type { Component } from 'svelte';

export class Lazy<T extends Component<never>> {
  current = $state<T | null>(null);
  /** Why the last load failed, or null. */
  error = $state<Error | null>(null);
  #load: () => Promise<{ default: T }>;
  #loading: Promise<T> | null = null;

  /** `loaded`: the component where it is there already (a page taken over from the build's HTML). */
  constructor(load: () => Promise<{ default: T }>, loaded?: T) {
    this.#load = load;
    if (loaded) {
      this.current = loaded;
      this.#loading = Promise.resolve(loaded);
    }
  }

  /** Starts loading (once at a time); resolves to the component, or rejects after a second failure. */
  load(): Promise<T> {
    this.#loading ??= this.#attempt(2).then(
      (component) => {
        this.error = null;
        return (this.current = component);
      },
      (error: unknown) => {
        this.#loading = null;
        this.error = error instanceof Error ? error : new Error(String(error));
        throw this.error;
      },
    );
    return this.#loading;
  }

  async #attempt(tries: number): Promise<T> {
    let again: string | null = null;
    for (let i = 1; ; i++) {
      try {
        return (again ? ((await import(/* @vite-ignore */ again)) as { default: T }) : await this.#load()).default;
      } catch (error) {
        if (i >= tries) throw error;
        again = retryUrl(error);
      }
    }
  }
}

/**
 * Where to fetch a chunk that failed to load once more. Some browsers keep a failed module in their
 * module map, and every later `import()` of the same URL fails at once without asking the network;
 * the same chunk under a query string of its own is fetched afresh. Null when the error names no
 * chunk of this site (then the same import is simply tried again).
 */
export function retryUrl(error: unknown): string | null {
  const url = /(https?:\/\/\S+?\.js)\b/.exec(error instanceof Error ? error.message : String(error))?.[1];
  if (!url || typeof location === 'undefined' || new URL(url).origin !== location.origin) return null;
  return `${url}?retry=${Date.now()}`;
}
