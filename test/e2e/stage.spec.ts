/**
 * The stage (presenter mode) at projector sizes: at every step of the story, no text box overlaps
 * another and none leaves the screen; the map's members are whole; the audience sees no controls
 * until the mouse moves; a key brings a blank screen back without acting.
 */
import { test, expect, expectOnScreenApart, audienceTextBoxes, stageTextBoxes as textBoxes } from './fixtures';
import { encodeStory, type Story } from '../../src/story/codec';
import type { Page } from '@playwright/test';

const SIZES = [
  [1280, 720],
  [1920, 1080],
  [1024, 768],
  [3840, 2160],
] as const;

for (const [width, height] of SIZES) {
  test(`the stage at ${width}x${height}: every step fits, nothing overlaps`, async ({ page }) => {
    // Some 13 steps of a few hundred comparisons each: slow on a loaded machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    await page.goto('/?present=1&date=2016-05-26');
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();
    await expect(page.locator('.stage svg.map-svg')).toBeVisible();
    const total = Number((await page.locator('.progress').innerText()).match(/of (\d+)/)![1]);
    for (let step = 1; step <= total; step++) {
      await expect(page.locator('.progress')).toHaveText(`Step ${step} of ${total}`);
      const boxes = await textBoxes(page);
      expect(boxes.length).toBeGreaterThan(10);
      expectOnScreenApart(boxes, width, height, step);
      // The members' shapes are whole inside the map's frame.
      const cropped = await page.evaluate(() => {
        const frame = document.querySelector('.stage .frame')!.getBoundingClientRect();
        return [...document.querySelectorAll<SVGPathElement>('.stage path.country.member')]
          .filter((p) => {
            const r = p.getBoundingClientRect();
            return r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1;
          })
          .map((p) => p.getAttribute('data-iso3'));
      });
      expect(cropped, `step ${step}`).toEqual([]);
      if (step < total) await page.keyboard.press('PageDown');
    }
  });
}

/**
 * The back row of a hall reads every word: at every step, each line of text the audience sees (the
 * story, the map's key and labels, the strip, the charts) is at least 2.2 % of the screen's height and
 * overlaps no other.
 */
async function expectBackRowReads(page: Page, height: number) {
  const progress = page.locator('.progress');
  const total = Number((await progress.innerText()).match(/(\d+)\D*$/)![1]);
  for (let step = 1; step <= total; step++) {
    await expect(progress).toHaveText(new RegExp(`(^|\\D)${step}\\D+${total}\\D*$`));
    const boxes = await audienceTextBoxes(page);
    // The story's words fit their column (none cut off at its foot).
    expect(await page.locator('header.story').evaluate((h) => h.scrollHeight - h.clientHeight), `step ${step}: the story's overflow`).toBeLessThanOrEqual(1);
    if (process.env.STAGE_SHOTS) await page.screenshot({ path: `${process.env.STAGE_SHOTS}-${height}-${step}.png` });
    const small = boxes.filter((b) => b.y1 - b.y0 < 0.022 * height).map((b) => `“${b.name}” ${((100 * (b.y1 - b.y0)) / height).toFixed(2)} %`);
    expect(small, `step ${step}: lines under 2.2 % of the screen's height`).toEqual([]);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        // The lines of one text may touch each other; two texts may not (words drawn by CSS are checked for their size only).
        if (a.node !== b.node && a.node >= 0 && b.node >= 0 && a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1) overlaps.push(`“${a.name}” × “${b.name}”`);
      }
    expect(overlaps, `step ${step}: texts that overlap`).toEqual([]);
    if (step < total) await page.keyboard.press('PageDown');
  }
}

/**
 * A story of one's own with each part of the stage that holds the floor: the map, the Secretariat, the
 * Board and the theme chart, with the strip or without, a caption of the presenter's, and the map with
 * the Secretariat (told in words beside the caption).
 */
const EVERY_PART: Story = {
  title: 'Every part',
  steps: [
    { date: '2017-10-12', caption: '', notes: '', views: ['map', 'timeline', 'board'], theme: 'financial' },
    { date: '2021-12-06', caption: '', notes: '', views: ['secretariat'], theme: null },
    { date: '2023-02-22', caption: 'The Executive Board meets for the first time, and the Conference gains a body that acts between its meetings', notes: '', views: ['board', 'timeline'], theme: 'cybercrime' },
    { date: '2019-06-04', caption: '', notes: '', views: ['secretariat', 'board', 'timeline'], theme: null },
    { date: '2019-06-04', caption: '', notes: '', views: ['themes', 'timeline'], theme: 'financial' },
    { date: '2023-11-02', caption: '', notes: '', views: ['themes'], theme: null },
    { date: '2021-12-06', caption: '', notes: '', views: ['map', 'secretariat', 'timeline'], theme: null },
  ],
};

// In every language (Serbian runs longer), from 1280x720 to 4K.
for (const lang of ['en', 'sr-Latn', 'sr-Cyrl'])
  for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]] as const) {
    test(`the back row reads every word of the talk at ${width}x${height} in ${lang}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/?present=1&lang=${lang}`);
      await expect(page.locator('.stage svg.map-svg')).toBeVisible();
      await expectBackRowReads(page, height);
    });
    test(`the back row reads every word of a story of one's own at ${width}x${height} in ${lang}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await page.goto(`/?present=1&lang=${lang}&story=${encodeStory(EVERY_PART)}`);
      await expect(page.locator('.stage svg.map-svg')).toBeVisible();
      await expectBackRowReads(page, height);
    });
  }

test('beside the map, the Secretariat is told in words: the map keeps the picture area to itself', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/?present=1&story=${encodeStory({ title: '', steps: [EVERY_PART.steps.at(-1)!, { ...EVERY_PART.steps.at(-1)!, views: ['secretariat'] }] })}`);
  await expect(page.locator('.stage svg.map-svg')).toBeVisible();
  await expect(page.getByTestId('present-chair')).toContainText('Chair of the Secretariat');
  await expect(page.getByTestId('stage-secretariat')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('stage-secretariat')).toBeVisible();
  await expect(page.getByTestId('present-chair')).toHaveCount(0);
});

test('the audience sees no controls until the mouse moves, and no interactive copy', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present=1&date=2019-06-04');
  const controls = page.getByRole('navigation', { name: 'Presenter controls' });
  await expect(controls).toHaveCSS('opacity', '0');
  await page.mouse.move(400, 400);
  await page.mouse.move(420, 410);
  await expect(controls).toHaveCSS('opacity', '1');
  await expect(page.getByTestId('presenter')).not.toContainText('choose one for its details');
  await expect(page.getByTestId('presenter').getByRole('button', { name: /Terrorism/ })).toHaveCount(0);
});

test('a key brings a blank screen back and does nothing else', async ({ page }) => {
  await page.goto('/?present=1&date=2019-06-04');
  const caption = await page.getByTestId('present-caption').innerText();
  await page.keyboard.press('.');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await expect(page.getByTestId('present-caption')).toHaveText(caption);
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await expect(page.getByTestId('presenter')).toBeVisible();
});

test('a talk opens at its first step, unless the link names a date', async ({ page }) => {
  await page.goto('/?present=1');
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(/date=2016-05-26/);
  await page.goto('/?present=1&date=2019-06-04');
  await expect(page.getByText(/^Step 6 of \d+$/)).toBeVisible();
});

// Presenter mode tells the story from the whole model (the texts only the views below show come with it:
// src/lib/model/query.ts). Asked for before they have come, it opens once they are there, at the first step.
test('P pressed before the later texts have come opens presenter mode at its first step once they are there', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/texts-[^/]+\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  await page.keyboard.press('p');
  await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveCount(0);
  release();
  await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(/date=2016-05-26/);
});
