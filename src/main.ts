/**
 * Starts the app. The build writes the dashboard's first view into index.html (`build/prerender.ts`),
 * and the map's embed into pages of its own (`embed/pages.ts`, set to their date before the first paint);
 * here the data and the map's layout
 * for the frame as laid out are fetched, and the page is hydrated: the same components take over the
 * HTML without drawing it again (the dashboard's costliest parts each in a task of its own: islands).
 * A page the prerender does not show (another embed, presenter mode, another language) or a page
 * without it (dev) is mounted afresh.
 */
import { flushSync, hydrate, mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startContext } from './start';
import { createClient } from './lib/data/client';
import type { QueryClient } from '@tanstack/svelte-query';
import { pageModelQuery } from './lib/model/query';
import { layoutQuery } from './map/geometry/query';
import { aspectFor, type Frame } from './map/geometry/types';
import { readState } from './lib/clock/url';
import { VIEW_IDS, viewById } from './views';
import { whenIdle, yieldToMain } from './lib/ui/yield';
import { islandsTakenOver } from './lib/ui/island';
import { clientSize } from './lib/ui/size';
import { chooseLanguage } from './i18n/choose';
import { LANGUAGES } from './i18n/languages';
import { FORMATTERS, setLanguage, t } from './i18n';
import { DATE_FORMATTERS } from './lib/dates/partial-date';
import { byName } from './lib/model';
import { mastheadWords, writeMasthead } from './shell/masthead';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

/**
 * The page's language, before anything is built or drawn: its catalogue is loaded (English is in the
 * page already) and `<html lang>` follows. The prerendered first view is English.
 */
async function chooseTheLanguage(): Promise<boolean> {
  const code = chooseLanguage(location.search, navigator.languages, LANGUAGES.map((l) => l.code));
  const language = LANGUAGES.find((l) => l.code === code)!;
  if (language.code === 'en') return true;
  setLanguage(language, (await language.load()).default);
  document.documentElement.lang = language.code;
  // The mark app.css puts after the sources' English words on a page in another language ("engl.").
  document.documentElement.style.setProperty('--original-english', JSON.stringify(t('i18n.originalEnglish')));
  return false;
}

/**
 * The platform's formatters (numbers, plurals, lists, dates) and its collator (names in alphabetical
 * order), each made in a task of its own while the data is on its way (the first formatter made loads
 * the browser's locale data, the collator its collation data: README, "Speed and size").
 */
async function makeFormatters(): Promise<void> {
  for (const make of [...FORMATTERS, ...DATE_FORMATTERS, () => byName('a', 'b')]) {
    await yieldToMain();
    make();
  }
}

async function start(target: HTMLElement) {
  const client = createClient();
  const url = readState(location.search, 0, 0, VIEW_IDS);
  const english = await chooseTheLanguage();
  void makeFormatters();
  await parsed();
  if (document.documentElement.dataset.js === 'embed') return takeOverEmbed(target, client, url.embed);
  const frame = target.querySelector<HTMLElement>('#map .frame');
  // The data editor (?edit=1): its code is loaded here only, never with the first view or an embed.
  const editor = new URLSearchParams(location.search).get('edit') === '1' ? (await (await import('./edit')).loadEditor()).default : undefined;
  if (!frame || url.embed || url.present || !english || editor) {
    // Start the data, and the map's layout (for a map about as wide as the page), with the
    // code: they arrive together instead of one after the other.
    void client.prefetchQuery(pageModelQuery(url));
    // (The build's drawing of the map, about to be replaced, gives the wide framing its shapes.)
    if (url.embed === 'map' || url.present) void client.prefetchQuery(layoutQuery(url.present ? 'wide' : aspectFor(innerWidth - 24), frame));
    target.replaceChildren();
    mount(App, { target, props: { client }, context: startContext({ search: location.search, editor }) });
    // The masthead is the build's, in English: another language writes its own once the model is
    // built, before the page is shown (a failed load shows its message either way).
    if (!english) {
      const model = await client.fetchQuery(pageModelQuery(url)).catch(() => null);
      if (model) writeMasthead(mastheadWords(model.data, model));
    }
    return;
  }
  // A failed load is kept in the cache as an error; the page shows it with a retry.
  const data = client.prefetchQuery(pageModelQuery(url));
  const mapFrame = await laidOutSize(frame);
  await Promise.all([data, client.prefetchQuery(layoutQuery(aspectFor(mapFrame.width, mapFrame.height), frame))]);
  // Hydrating is a task of its own, after the one that built the model.
  await yieldToMain();
  // The parts that cost most are islands, each taken over in a task of its own after this one.
  hydrate(App, { target, props: { client }, context: startContext({ search: location.search, mapFrame, islands: true }) });
  // The page is ready once its islands answer too (their attachments run as the effects are flushed).
  flushSync();
  await islandsTakenOver();
}

/**
 * The embed the build prerendered (its own page, `embed/map.html`, `embed/timeline.html`, set to the
 * address's date by the page's script, `embed/page-scripts.ts`): its code (and a chart's, the view's),
 * the data and the map's layout are fetched together, and the page is hydrated as the dashboard is
 * (never mounted: nothing of the dashboard is drawn on its page). A chart's embed waits for the reader.
 */
async function takeOverEmbed(target: HTMLElement, client: QueryClient, view: string | null): Promise<void> {
  // A chart's embed waits for the reader (`embed/take-over.ts`, a chunk of its own); should that chunk
  // not come, it is taken over at once, as the map's is, with its chart's code (without it the app would
  // draw "Loading" over the build's chart, then the chart again).
  const charted = view !== null && view !== 'map';
  if (charted) {
    const chart = await import('./embed/take-over').catch(() => null);
    if (chart) return chart.takeOverChart(App, target, client, view);
  }
  const data = client.prefetchQuery(pageModelQuery({ embed: view, present: false }));
  const code = import('./embed/Embed.svelte');
  const chartCode = charted ? viewById(view)?.code().then((module) => module.default, () => undefined) : undefined;
  const frame = target.querySelector<HTMLElement>('.frame');
  const mapFrame = frame ? await laidOutSize(frame) : undefined;
  const layout = mapFrame ? client.prefetchQuery(layoutQuery(aspectFor(mapFrame.width, mapFrame.height), frame)) : null;
  const [{ default: embed }, embedView] = await Promise.all([code, chartCode, data, layout]);
  await yieldToMain();
  // The map's in parts, each in a task of its own after this one, as the build drew it (`embed/islands.ts`).
  hydrate(App, { target, props: { client }, context: startContext({ search: location.search, mapFrame, embed, embedView, islands: true }) });
  flushSync();
  await islandsTakenOver();
}

/**
 * The page's HTML read whole. On a page whose prerendered view is not shown, the script is asked for
 * at once (`build/after-paint.ts`) and may run while the HTML is still arriving: had the app emptied
 * #app and drawn into it then, the parser would go on adding the prerendered page's last parts (the
 * sources, the colophon) after what the app drew. The data and the code are on their way meanwhile.
 */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * An element's size once the browser has laid the page out for its first paint (the first report of
 * `clientSize`), where reading it now would make the browser lay the whole page out at once.
 */
function laidOutSize(element: HTMLElement): Promise<Frame> {
  return new Promise((resolve) => {
    const stop = clientSize((width, height) => {
      stop?.();
      resolve({ width, height });
    })(element);
  });
}

// The app has drawn its state: whatever the prerendered page kept hidden is shown (see index.html).
// The offline copy is set up after that, when the browser is idle: its worker's install fetches every
// file of the build, which the first view should not wait behind.
void start(target).finally(() => {
  // A chart's embed waiting for the reader is "armed" until then (embed/take-over.ts).
  if (document.documentElement.dataset.js !== 'armed') document.documentElement.dataset.js = 'ready';
  // Its code (the worker's messages, the new-version notice) is a chunk of its own; the page tells the
  // worker which build it runs by this, the entry's, URL.
  whenIdle(() => void import('./offline/register').then((offline) => offline.registerServiceWorker(import.meta.url), () => {}));
});
