/**
 * A chart's embed (the timeline's, the Secretariat's) on its own page, taken over by the app on the
 * reader's first intent (why: README, "Speed and size"). Loaded by `main.ts` on such a page only.
 */
import { flushSync, hydrate, type Component } from 'svelte';
import type { QueryClient } from '@tanstack/svelte-query';
import { startContext } from '../start';
import { pageModelQuery } from '../lib/model/query';
import { viewById } from '../views';
import { yieldToMain } from '../lib/ui/yield';
import { onFirstIntent } from '../lib/ui/intent';
import { chartClassWidth } from '../lib/ui/scaled-chart';
import { postHeight } from './height';

/**
 * A chart's embed (the timeline's, the Secretariat's) is a picture until the reader reaches for it
 * (`lib/ui/intent.ts`; why: README, "Speed and size"): its code and the data are fetched and the model
 * built, each in a task of its own, but the page is hydrated only in the reader's first intent, inside
 * that event, so that the same event reaches the app's handlers (a first tap on a mark opens it). Until
 * then the page is "armed" (`data-js`), and its height is posted from here (the app's embed posts it
 * once hydrated). A frame resized into another class of widths is an intent too: the app lays the chart
 * out again (`lib/ui/scaled-chart.ts`). Should the reader come before the code and the data, the page
 * is hydrated as soon as they are; should either fail, the app says so with a retry, on the first intent.
 * `app` is the page's root (App.svelte), given by `main.ts`: no folder imports the root back.
 */
export async function takeOverChart(app: Component<{ client: QueryClient }>, target: HTMLElement, client: QueryClient, view: string): Promise<void> {
  const stopHeight = postHeight(view);
  // The class of frame widths the page's script kept (the width its chart is laid out at).
  const drawnAt = target.querySelector<SVGSVGElement>('svg[data-figure-layer]')?.viewBox.baseVal.width;
  const otherClass = () => drawnAt !== undefined && chartClassWidth(innerWidth) !== drawnAt;
  let take: (() => void) | null = null;
  let reached = false;
  onFirstIntent(() => {
    reached = true;
    take?.();
  }, otherClass);
  const data = client.prefetchQuery(pageModelQuery({ embed: view, present: false }));
  await yieldToMain();
  const code = import('./Embed.svelte').then((module) => module.default, () => undefined);
  await yieldToMain();
  const chart = viewById(view)?.code().then((module) => module.default, () => undefined);
  const [embed, embedView] = await Promise.all([code, chart, data]);
  const context = startContext({ search: location.search, embed, embedView });
  take = () => {
    take = null;
    stopHeight();
    hydrate(app, { target, props: { client }, context });
    flushSync();
    document.documentElement.dataset.js = 'ready';
  };
  if (!reached && !otherClass()) {
    document.documentElement.dataset.js = 'armed';
    return;
  }
  await yieldToMain();
  take();
}
