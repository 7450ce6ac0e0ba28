/**
 * Gives the browser a turn between two pieces of start-up work (input, a paint), so that each runs as
 * a task of its own rather than one long task. `scheduler.yield()` where the browser has it (the
 * rest of the work keeps its place in the queue), else a task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long a page is left alone (no input, nothing playing) before the work it can wait for is done. */
export const REST_MS = 3000;

/** The longest work asked for when idle waits on a busy page. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Runs `run` when the browser is next idle (within 3 s on a busy page; half a second later where it
 * cannot say when it is idle); returns a function that cancels it.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 500);
  return () => clearTimeout(handle);
}
