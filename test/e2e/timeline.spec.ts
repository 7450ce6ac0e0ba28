import { readFileSync } from 'node:fs';
import { test, expect, openAt } from './fixtures';

/** The data as the app ships it, read independently of the app's code. */
const meetings = JSON.parse(readFileSync(new URL('../../data/meetings.json', import.meta.url), 'utf8')) as {
  id: string;
  kind: string;
  number: number | null;
  topics: { text: string; themes: string[] }[];
}[];
const themes = JSON.parse(readFileSync(new URL('../../data/themes.json', import.meta.url), 'utf8')) as { id: string; label: string }[];

const conference = (page: import('@playwright/test').Page) => page.locator('#timeline [data-lane="meetings"] button.mark');

test.describe('meetings timeline', () => {
  test('the nine meetings and the board meeting appear in order with their places', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await expect(conference(page)).toHaveCount(9);
    const badges = await conference(page).locator('.badge').allTextContents();
    expect(badges).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const captions = (await conference(page).locator('.caption').allTextContents()).map((c) => c.trim());
    expect(captions).toEqual(['date and place not given', 'place not given', 'Rome', 'Skopje', 'Bucharest', 'online', 'online', 'online', 'Belgrade']);
    // In time order on the axis: every mark starts right of the one before.
    const xs = await conference(page).evaluateAll((els) => els.map((e) => e.querySelector('.badge')!.getBoundingClientRect().left));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const board = page.locator('#timeline [data-lane="board"] button.mark');
    await expect(board).toHaveCount(1);
    await expect(board).toContainText('Sofia');
    // The board meeting (November 2023) lies right of the ninth meeting (February 2023).
    const nine = await conference(page).nth(8).boundingBox();
    expect((await board.boundingBox())!.x).toBeGreaterThan(nine!.x);
  });

  test('meeting 1 is shown as inferred, meeting 9 with its original host', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await page.locator('[data-mark="meeting-1"]').click();
    await expect(page.getByTestId('details-date')).toContainText('Inferred: no source gives this date.');
    await page.locator('[data-mark="meeting-9"]').click();
    await expect(page.getByTestId('details-place')).toContainText('Belgrade, Serbia (original host: Montenegro)');
    await expect(page.getByTestId('details-place')).toContainText('originally host by Montenegro');
  });

  for (const id of ['meeting-4', 'meeting-9']) {
    test(`selecting ${id} shows its topics verbatim`, async ({ page }) => {
      await openAt(page, '?date=2024-01-01');
      await page.locator(`[data-mark="${id}"]`).click();
      const topics = page.getByTestId('details-topics').locator('.topic-text');
      const expected = meetings.find((m) => m.id === id)!.topics.map((t) => t.text);
      await expect(topics).toHaveText(expected);
      await expect(page).toHaveURL(new RegExp(`sel=meeting%3A${id}`));
    });
  }

  test('the fifth meeting lists Greece as joined there', async ({ page }) => {
    await openAt(page, '?sel=meeting:meeting-5');
    await expect(page.getByTestId('details-joined')).toContainText('Greece');
  });

  for (const theme of themes) {
    test(`the theme filter highlights exactly the meetings on ${theme.id}`, async ({ page }) => {
      await openAt(page, '?date=2024-01-01');
      await page.getByTestId('theme-filter').locator(`[data-theme-id="${theme.id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`theme=${theme.id}`));
      const expected = meetings.filter((m) => m.topics.some((t) => t.themes.includes(theme.id))).map((m) => m.id).sort();
      const marks = page.locator('#timeline [data-lane="meetings"] button.mark, #timeline [data-lane="board"] button.mark');
      await expect(marks.first()).toHaveAttribute('data-match', /true|false/);
      const matched = await marks.evaluateAll((els) => els.filter((e) => e.getAttribute('data-match') === 'true').map((e) => e.getAttribute('data-mark')!));
      expect(matched.sort()).toEqual(expected);
    });
  }

  test('"All" clears the theme filter', async ({ page }) => {
    await openAt(page, '?theme=cybercrime');
    await expect(page.locator('[data-mark="meeting-9"]')).toHaveAttribute('data-match', 'true');
    await page.getByTestId('theme-filter').getByRole('button', { name: 'All' }).click();
    await expect(page.locator('[data-mark="meeting-9"]')).not.toHaveAttribute('data-match', /.*/);
  });

  test('clicking the axis moves the clock', async ({ page }) => {
    await openAt(page, '?date=2017-01-01');
    const axis = page.getByTestId('timeline-axis');
    const box = (await axis.boundingBox())!;
    const yearAt = async (share: number) => {
      await axis.click({ position: { x: box.width * share, y: box.height / 2 } });
      return Number((await page.getByTestId('current-date').textContent())!.slice(-4));
    };
    // The sources' period has 94 % of the axis (up to November 2023); the time since them the rest, after the break.
    expect(await yearAt(0.9)).toBe(2023);
    expect(await yearAt(0.98)).toBeGreaterThanOrEqual(2024);
  });

  test('keyboard: Enter opens a meeting, arrows move along the lane, Escape closes and returns focus', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const third = page.locator('[data-mark="meeting-3"]');
    await third.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-mark="meeting-4"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-details')).toContainText('Fourth meeting');
    await expect(page.locator('#timeline-details-title')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('timeline-details')).toHaveCount(0);
    await expect(page.locator('[data-mark="meeting-4"]')).toBeFocused();
    // The axis is a slider too.
    await page.getByTestId('timeline-axis').focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('current-date')).toHaveText('1 May 2016');
  });

  test('a related event opens its details and its source', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await page.locator('[data-mark="iproceeds-2022"]').click();
    await expect(page.getByTestId('timeline-details')).toContainText('16 September 2022');
    await expect(page.getByTestId('timeline-details').locator('a.source-ref[data-source="coe-iproceeds-2022"]').first()).toBeVisible();
  });

  test('the theme chart counts topics per meeting', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    const row = page.getByTestId('theme-chart').locator('tbody tr').filter({ hasText: 'Governance' });
    await expect(row.locator('td')).toHaveText(['', '', '', '', '3', '1', '', '2'].map((t, i) => (i < 7 && t === '' ? '0' : t)));
  });

  test('under 600 px the timeline runs down the page and nothing is cut off', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAt(page, '?date=2022-06-01');
    const chart = page.getByTestId('timeline-chart');
    await expect(chart).toHaveAttribute('data-orientation', 'vertical');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = (await chart.boundingBox())!;
    for (const mark of await chart.locator('button.mark').all()) {
      const m = (await mark.boundingBox())!;
      expect(m.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(m.x + m.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
  });
});

test.describe('speakers', () => {
  const speakers = JSON.parse(readFileSync(new URL('../../data/meetings.json', import.meta.url), 'utf8')) as {
    id: string;
    speakers?: { name: string; quotes?: { text: string }[]; reported?: { text: string }[] }[];
  }[];

  test('a narration is never shown in quotation marks as the speaker’s words (the sixth meeting)', async ({ page }) => {
    await openAt(page, '?sel=meeting:meeting-6');
    const rows = page.getByTestId('details-speaker');
    await expect(rows).toHaveCount(2);
    const braathu = rows.filter({ hasText: 'Jan Braathu' });
    // His words: none the source puts in quotation marks; the source's narration, said to be the source's.
    await expect(braathu.locator('[data-speaker-words]')).toHaveCount(0);
    await expect(braathu.locator('[data-speaker-reported]')).toHaveText(/^The source reports \(its words, not the speaker’s\): .*Jan Braathu, Head of the OSCE Mission to Serbia, presented an overview/);
    // Every quotation shown as a speaker's words is one the data files as their words.
    const sixth = speakers.find((m) => m.id === 'meeting-6')!;
    const words = sixth.speakers!.flatMap((s) => (s.quotes ?? []).map((q) => q.text));
    await expect(page.locator('[data-speaker-words] q')).toHaveText(words);
    for (const narration of sixth.speakers!.flatMap((s) => s.reported ?? [])) await expect(page.locator('[data-speaker-words] q', { hasText: narration.text })).toHaveCount(0);
  });

  test('the third meeting names Giovanni Russo’s closing proposals, as the source reports them', async ({ page }) => {
    await openAt(page, '?sel=meeting:meeting-3');
    const russo = page.getByTestId('details-speaker').filter({ hasText: 'Giovanni Russo' });
    await expect(russo).toContainText('Deputy Prosecutor, DNA');
    await expect(russo.locator('[data-speaker-reported]')).toContainText('The proposals presented by Mr Giovanni Russo');
    await expect(russo.locator('[data-speaker-words]')).toHaveCount(0);
  });

  test('the SOCTA conference: supported by the Mission, its organizers not given, all of Orizio’s words and the Interior Minister’s part', async ({ page }) => {
    await openAt(page, '?date=2024-01-01');
    await page.locator('[data-mark="socta-2016"]').click();
    const details = page.getByTestId('timeline-details');
    await expect(details.getByTestId('details-organisers-not-given')).toHaveText('The source does not say who organized it.');
    await expect(details.locator('dt', { hasText: 'Supported by' })).toHaveCount(1);
    const orizio = details.getByTestId('details-speaker').filter({ hasText: 'Andrea Orizio' });
    await expect(orizio.locator('[data-speaker-words] q')).toHaveCount(4);
    await expect(details).toContainText('Interior Minister Stefanovic');
    await expect(details).toContainText('The overview it provides can be used to deepen operational police co-operation');
  });
});
