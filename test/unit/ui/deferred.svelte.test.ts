import { describe, expect, it } from 'vitest';
import { DeferredViews } from '../../../src/lib/ui/deferred.svelte';

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
});
