/**
 * The dashboard in English, Serbian in Latin script and Serbian in Cyrillic (src/i18n/): a page in
 * Serbian says nothing in English but the sources' own words (marked lang="en"), the language comes
 * from ?lang= or the browser's languages with no flash of the English first view, and the switch
 * keeps the page's state.
 */
import { test, expect, openAt } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * English words that are not also Serbian ones ("to", "on", "a", "i", "no" are): any of them in a
 * Serbian page's text, outside an element marked lang="en", is an untranslated string.
 */
const ENGLISH = [
  'the', 'and', 'of', 'from', 'with', 'for', 'by', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'not', 'yet', 'this', 'that', 'which', 'its', 'their',
  'member', 'members', 'meeting', 'meetings', 'source', 'sources', 'chair', 'board', 'secretariat', 'country', 'countries', 'office', 'offices',
  'show', 'hide', 'download', 'share', 'present', 'presenter', 'date', 'joined', 'joins', 'before', 'after', 'latest', 'play', 'pause', 'next', 'previous',
  'figure', 'map', 'timeline', 'view', 'open', 'close', 'copy', 'link', 'embed', 'theme', 'themes', 'held', 'online', 'place', 'each', 'every',
  'all', 'none', 'look', 'system', 'light', 'dark', 'projector', 'step', 'story', 'agree', 'disagree', 'established', 'inferred', 'drawing', 'loading',
];

/** Each piece of text a reader meets (rendered text, and the names and hints of elements), with the English words in it. */
async function englishOutsideQuotes(page: Page): Promise<string[]> {
  return page.evaluate((words) => {
    const english = new RegExp(`\\b(${words.join('|')})\\b`, 'i');
    const inEnglish = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, [hidden], [aria-hidden="true"]:not(svg *)') || inEnglish(el)) continue;
      if (!el.checkVisibility() && !el.closest('.visually-hidden, .sr-only, title, desc')) continue;
      // A source's words quoted inside a sentence of the data (“…”) stay English.
      const text = (node.textContent ?? '').replace(/“[^”]*”/g, '');
      if (english.test(text)) found.push(`${el.tagName.toLowerCase()}: ${text.trim().slice(0, 120)}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (inEnglish(el) || el.closest('[hidden]')) continue;
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value && english.test(value)) found.push(`${el.tagName.toLowerCase()}[${name}]: ${value.slice(0, 120)}`);
      }
    }
    return found;
  }, ENGLISH);
}

/** Draws every view and opens every table behind a chart (as printing does), then opens the menus. */
async function showEverything(page: Page) {
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  for (const summary of await page.locator('.toolbar summary').all()) await summary.click();
}

test.describe('a page in Serbian', () => {
  for (const [lang, query] of [
    ['sr-Latn', '?date=2023-11-30'],
    ['sr-Latn', '?date=2019-06-15&sel=member:GRC'],
    ['sr-Latn', '?date=2017-10-13&sel=meeting:meeting-3'],
    ['sr-Latn', '?date=2022-06-30&sel=term:bulgaria-specialised'],
    ['sr-Cyrl', '?date=2023-11-30&sel=member:HUN'],
  ] as const) {
    test(`${lang} ${query}: every view drawn, no English outside the sources' words`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await openAt(page, `${query}&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
      await showEverything(page);
      await expect(page.locator('[data-testid="sources-list"]')).toBeVisible();
      await expect(page.locator('[data-testid="timeline-chart"]')).toBeVisible();
      expect(await englishOutsideQuotes(page)).toEqual([]);
      // A Serbian date ends with a full stop ("jun 2019."): a sentence that ends with one takes no other,
      // nor after the date's reference mark ("oktobar 2017.[1]", not "oktobar 2017.[1].").
      expect(await page.evaluate(() => document.body.innerText.split('\n').filter((line) => /[^.]\.\.(\s|$)|\d\.\s*(\[\d+\]\s*)+\.(\s|$)/.test(line)))).toEqual([]);
    });
  }

  test('in Cyrillic, no Latin letters outside the sources’ words but the names that stay Latin', async ({ page }) => {
    await openAt(page, '?date=2023-11-30&lang=sr-Cyrl');
    await showEverything(page);
    const latin = await page.evaluate(() => {
      const allowed = /\b(PCOCP|PNG|SVG|CSV|URL|JSON|SOCTA|DNA|iPROCEEDS-2|C-PROC|Giovanni|Russo|Natural|Earth|world-atlas|A4|dpi|px|Esc|Page Up|Page Down|PageDown|PageUp|Home|End|[A-Z]+)\b/g;
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, noscript, [hidden]') || (el.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en') || !el.checkVisibility()) continue;
        const text = (node.textContent ?? '').replace(/“[^”]*”/g, '').replace(allowed, '');
        if (/[A-Za-zčćđšž]{2,}/.test(text)) found.push(`${el.tagName.toLowerCase()}: ${(node.textContent ?? '').trim().slice(0, 100)}`);
      }
      return found;
    });
    expect(latin).toEqual([]);
    await expect(page.locator('#masthead h1')).toHaveText('Стална конференција тужилаца за организовани криминал');
  });

  test('the stage speaks Serbian', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/?present=1&lang=sr-Latn');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
    for (let step = 0; step < 4; step++) {
      expect(await englishOutsideQuotes(page), `step ${step}`).toEqual([]);
      await page.keyboard.press('PageDown');
    }
  });
});

test.describe('choosing the language', () => {
  test.describe('a browser in Serbian', () => {
    test.use({ locale: 'sr-RS' });

    test('gets Cyrillic, and never sees the English first view', async ({ page }) => {
      // Whenever the page is painted before the app has drawn it, the prerendered English must be hidden.
      await page.addInitScript(() => {
        (window as unknown as { __seen: string[] }).__seen = [];
        const look = () => {
          const app = document.getElementById('app');
          const masthead = document.getElementById('masthead');
          if (document.documentElement.dataset.js !== 'ready')
            for (const el of [app, masthead]) if (el && el.checkVisibility({ visibilityProperty: true }) && el.textContent?.trim()) (window as unknown as { __seen: string[] }).__seen.push(el.id);
          if (document.documentElement.dataset.js !== 'ready') requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      await openAt(page, '');
      await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Cyrl');
      await expect(page.locator('#masthead h1')).toHaveText('Стална конференција тужилаца за организовани криминал');
      expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual([]);
    });

    test('?lang=en keeps English, the first view from the build', async ({ page }) => {
      await openAt(page, '?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
      await expect(page.locator('#masthead h1')).toHaveText('Permanent Conference of Organized Crime Prosecutors');
      await expect(page.locator('[data-counter="countries"] dt')).toHaveText('Member countries');
    });
  });

  test('the switch goes to the same state in another language, and back', async ({ page }) => {
    await openAt(page, '?date=2019-06-15&sel=member:GRC');
    await page.getByLabel('Language').selectOption('sr-Latn');
    await expect(page).toHaveURL(/lang=sr-Latn/);
    await expect(page).toHaveURL(/date=2019-06-15/);
    await expect(page).toHaveURL(/sel=member(%3A|:)GRC/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sr-Latn');
    await expect(page.getByTestId('current-date')).toHaveText('15. jun 2019.');
    await page.getByLabel('Jezik').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByTestId('current-date')).toHaveText('15 June 2019');
  });
});
