/**
 * Gives the browser a turn between two pieces of start-up work (input, a paint), so that each runs as
 * a task of its own rather than one long task. `scheduler.yield()` where the browser has it (the
 * rest of the work keeps its place in the queue), else a task.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
