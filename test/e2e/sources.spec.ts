import { readFileSync } from 'node:fs';
import { test, expect, openAt } from './fixtures';

const sources = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as { id: string; title: string }[];
const disagreements = JSON.parse(readFileSync(new URL('../../data/disagreements.json', import.meta.url), 'utf8')) as {
  id: string;
  readings: { text: string }[];
}[];

test.describe('sources and disagreements', () => {
  test('every source is listed with its title and the facts that rest on it', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    for (const s of sources) {
      const item = page.locator(`#source-${s.id}`);
      await expect(item).toContainText(s.title);
      await expect(item.locator('summary')).toHaveText(/^[1-9]\d* facts? rests? on this source$/);
    }
  });

  for (const s of sources) {
    test(`source ${s.id} is reachable from a fact in the views`, async ({ page }) => {
      await openAt(page, '?date=2024-01-01');
      // Scroll to each view, as a reader would: the views below the fold are drawn when they near it.
      for (const id of ['rotation', 'timeline']) await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect(page.locator('#views').getByRole('status')).toHaveCount(0);
      // Open every table behind the charts, so each fact they list is on screen.
      for (const summary of await page.locator('#views details > summary').all()) await summary.click();
      const link = page.locator(`#views a.source-ref[data-source="${s.id}"]`).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#source-${s.id}$`));
      await expect(page.locator(`#source-${s.id}`)).toBeInViewport();
    });
  }

  test('every disagreement shows both readings', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const cards = page.getByTestId('disagreements').locator(':scope > li');
    await expect(cards).toHaveCount(disagreements.length);
    for (const d of disagreements) {
      const card = page.locator(`#disagreement-${d.id}`);
      for (const r of d.readings) await expect(card).toContainText(r.text);
      await expect(card.locator('a.source-ref')).not.toHaveCount(0);
    }
  });

  test('a fact links back to its view and selects it', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const item = page.locator('#source-osce-socta-2016');
    await item.locator('summary').click();
    await expect(item.locator('[data-fact="relatedEvents[0]"]')).toContainText('Related events');
    const greece = page.locator('#source-osce-overview [data-fact="meetings[5].topics[0]"]');
    await page.locator('#source-osce-overview summary').click();
    await greece.getByRole('link', { name: 'Show in the timeline' }).click();
    await expect(page).toHaveURL(/sel=meeting%3Ameeting-5/);
    await expect(page.getByTestId('timeline-details')).toContainText('Fifth meeting');
  });

  test('the sources are laid out only near the viewport, and printed whole', async ({ page }) => {
    await openAt(page);
    const list = page.locator('section#sources');
    // The page's longest part, far below the first screen: in the page, laid out when it comes near (README, "Speed and size").
    await expect(list.locator('h2')).toHaveText('Sources');
    await expect(list).toHaveCSS('content-visibility', 'auto');
    await page.emulateMedia({ media: 'print' });
    await expect(list).toHaveCSS('content-visibility', 'visible');
  });

  test('the board link in the rotation view reaches the disagreement', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await page.getByTestId('board').getByRole('link', { name: 'Both readings side by side' }).click();
    await expect(page).toHaveURL(/#disagreement-board-established$/);
    // The page goes there once every view above it is drawn (`DeferredViews.reveal`, in slices): on a
    // loaded host that took more than the 5 s an expectation waits by default.
    await expect(page.locator('#disagreement-board-established')).toBeInViewport({ timeout: 15_000 });
  });
});
