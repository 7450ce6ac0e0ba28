import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeferredViews } from '../../../src/lib/ui/deferred.svelte';
import { REST_MS } from '../../../src/lib/ui/yield';

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('views drawn after the first view', () => {
  it("fetch their code once the first view is drawn, one view's code per task, in page order", async () => {
    const asked: string[] = [];
    const view = (name: string) => () => {
      asked.push(name);
      return new Promise<{ default: never }>(() => {});
    };
    const views = new DeferredViews({ rotation: view('rotation'), timeline: view('timeline'), sources: view('sources') });
    const stop = views.listen(true)(document.body);
    expect(asked).toEqual([]);
    await task();
    expect(asked).toEqual(['rotation']);
    await task();
    expect(asked).toEqual(['rotation', 'timeline']);
    await task();
    expect(asked).toEqual(['rotation', 'timeline', 'sources']);
    if (typeof stop === 'function') stop();
  });

  describe('left to the browser', () => {
    afterEach(() => void vi.useRealTimers());
    // jsdom has no requestIdleCallback: an idle period is half a second (lib/ui/yield.ts, whenIdle).
    const IDLE = 500;
    const names = ['rotation', 'timeline', 'sources'] as const;
    const code = () => Promise.resolve({ default: (() => {}) as never });
    const start = (busy: () => boolean) => {
      vi.useFakeTimers();
      const views = new DeferredViews({ rotation: code, timeline: code, sources: code });
      const stop = views.listen(true, busy)(document.body);
      const shown = () => names.filter((name) => views.shown(name));
      return { shown, stop: () => typeof stop === 'function' && stop() };
    };

    it('are drawn once the page has been at rest, one per idle period, in page order', async () => {
      const { shown, stop } = start(() => false);
      await vi.advanceTimersByTimeAsync(REST_MS - 100);
      expect(shown()).toEqual([]);
      await vi.advanceTimersByTimeAsync(100 + IDLE);
      expect(shown()).toEqual(['rotation']);
      await vi.advanceTimersByTimeAsync(IDLE);
      expect(shown()).toEqual(['rotation', 'timeline']);
      await vi.advanceTimersByTimeAsync(IDLE);
      expect(shown()).toEqual(['rotation', 'timeline', 'sources']);
      stop();
    });

    it('wait again after an input (a key, a tap) and while something plays', async () => {
      let playing = false;
      const { shown, stop } = start(() => playing);
      await vi.advanceTimersByTimeAsync(REST_MS - 100);
      dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
      await vi.advanceTimersByTimeAsync(REST_MS - 100);
      dispatchEvent(new Event('pointerdown'));
      await vi.advanceTimersByTimeAsync(REST_MS - 100);
      expect(shown()).toEqual([]);
      playing = true;
      await vi.advanceTimersByTimeAsync(4 * (REST_MS + IDLE));
      expect(shown()).toEqual([]);
      playing = false;
      // (From a known start: the wait in progress is one an input starts.)
      dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
      await vi.advanceTimersByTimeAsync(REST_MS + IDLE);
      expect(shown()).toEqual(['rotation']);
      // Once drawing, an input holds the rest back again.
      dispatchEvent(new Event('wheel'));
      await vi.advanceTimersByTimeAsync(REST_MS - 100);
      expect(shown()).toEqual(['rotation']);
      await vi.advanceTimersByTimeAsync(100 + 2 * IDLE);
      expect(shown()).toEqual(['rotation', 'timeline', 'sources']);
      stop();
    });

    it('stop when the page goes', async () => {
      const { shown, stop } = start(() => false);
      stop();
      await vi.advanceTimersByTimeAsync(2 * (REST_MS + IDLE));
      expect(shown()).toEqual([]);
    });
  });
});
