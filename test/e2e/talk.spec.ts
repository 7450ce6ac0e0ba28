/**
 * The presenter's own talk: the presenter view in a second window kept in step with the stage, a
 * story made in the editor that survives a reload from its link and from its file, a story link
 * that cannot be read, and the handout.
 */
import { test, expect, expectOnScreenApart, stageTextBoxes } from './fixtures';
import { encodeStory, type Story } from '../../src/story/codec';
import type { Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const progress = (page: Page) => page.locator('[data-testid="presenter"] .progress');

/** Every step of the stage's story, as date and caption, read by stepping through it from the first. */
async function storyOf(page: Page): Promise<string[]> {
  await page.keyboard.press('Home');
  await expect(progress(page)).toHaveText(/^Step 1 of \d+$/);
  const total = Number((await progress(page).innerText()).match(/of (\d+)/)![1]);
  const steps: string[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(progress(page)).toHaveText(`Step ${i} of ${total}`);
    steps.push(`${await page.getByTestId('present-date').innerText()} | ${await page.getByTestId('present-caption').innerText()}`);
    if (i < total) await page.keyboard.press('PageDown');
  }
  return steps;
}

test('the presenter view opens from the stage, and PageDown in either window moves both', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?present=1&date=2016-05-26');
  await expect(progress(page)).toHaveText(/^Step 1 of \d+$/);
  const total = Number((await progress(page).innerText()).match(/of (\d+)/)![1]);
  // The stage's help names the key.
  await expect(page.getByRole('navigation', { name: 'Presenter controls' })).toContainText('V presenter view');
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  const viewErrors: string[] = [];
  view.on('pageerror', (e) => viewErrors.push(String(e)));
  await expect(view.getByTestId('presenter-view')).toBeVisible();
  await expect(view.getByTestId('view-progress')).toHaveText(`Step 1 of ${total}`);
  await expect(view.getByTestId('presenter-notes')).toHaveText('No notes for this step.');
  await expect(view.getByRole('region', { name: 'Next step' })).toContainText('November 2016');
  // The audience's window shows only the stage.
  await expect(page.getByTestId('presenter-view')).toHaveCount(0);

  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText(`Step 2 of ${total}`);
  await expect(view.getByTestId('view-progress')).toHaveText(`Step 2 of ${total}`);

  await view.keyboard.press('PageDown');
  await expect(view.getByTestId('view-progress')).toHaveText(`Step 3 of ${total}`);
  await expect(progress(page)).toHaveText(`Step 3 of ${total}`);
  await expect(page.getByTestId('present-date')).toHaveText(await view.getByRole('region', { name: 'Current step' }).locator('.date').innerText());

  // Blanking from the presenter view blanks the audience's screen; any key brings it back.
  await view.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await expect(view.getByRole('status').filter({ hasText: 'blank' })).toBeVisible();
  await view.keyboard.press('PageDown');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await expect(progress(page)).toHaveText(`Step 3 of ${total}`);

  // Closing the presenter view leaves the stage working.
  await view.getByRole('button', { name: 'Close this view' }).click();
  await expect.poll(() => view.isClosed()).toBe(true);
  await page.keyboard.press('PageUp');
  await expect(progress(page)).toHaveText(`Step 2 of ${total}`);
  expect(viewErrors).toEqual([]);
});

test('a story made in the editor survives a reload from its link and from its file; what it says is text, not markup', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?present=1&date=2016-05-26');
  await expect(progress(page)).toHaveText(/^Step 1 of \d+$/);
  await page.keyboard.press('e');
  const editor = page.getByTestId('story-editor');
  await expect(editor).toBeVisible();
  await editor.getByLabel('Title').fill('Trust across borders');
  const step = (n: number) => editor.getByRole('group', { name: `Step ${n}`, exact: true });
  await step(1).getByLabel('Caption').fill('<img src=x onerror="window.__hacked=1"> Where it <b>began</b>');
  await step(1).getByLabel(/^Notes/).fill('Thank the hosts; say why ten countries signed.');
  // Step 3 (Hungary, March 2017) comes before step 2, shows the Secretariat and the timeline, and filters a theme.
  await step(3).getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(editor.getByRole('button', { name: 'Move step 2 up' })).toBeFocused();
  await step(2).getByLabel('Map', { exact: true }).uncheck();
  await step(2).getByLabel('Secretariat', { exact: true }).check();
  await step(2).getByLabel('Theme filter (timeline)').selectOption('financial');
  // A step on a date of one's own, at the end.
  await editor.getByRole('button', { name: 'Add a step' }).click();
  const total = await editor.getByRole('group', { name: /^Step \d+$/ }).count();
  await step(total).getByLabel('Date').fill('2018-01-15');
  await step(total).getByLabel('Caption').fill('A quiet winter');
  await expect(editor.getByTestId('story-status')).toHaveText(`The link now holds this story of ${total} steps.`);
  await editor.getByRole('button', { name: 'Done' }).first().click();
  await expect(editor).toHaveCount(0);

  const made = await storyOf(page);
  expect(made).toHaveLength(total);
  expect(made[0]).toBe('26 May 2016 | <img src=x onerror="window.__hacked=1"> Where it <b>began</b>');
  expect(made[1]).toMatch(/^March 2017 \| Hungary joins/);
  expect(made[total - 1]).toBe('15 January 2018 | A quiet winter');
  await expect(page.locator('[data-testid="presenter"] img, [data-testid="presenter"] b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
  await page.keyboard.press('Home');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('stage-secretariat')).toBeVisible();
  await expect(page.locator('.stage svg.map-svg')).toHaveCount(0);
  const link = page.url();
  expect(new URL(link).searchParams.get('story')).toMatch(/^2\.[A-Za-z0-9_-]+$/);

  // From its link.
  await page.goto('about:blank');
  await page.goto(link);
  await expect(progress(page)).toHaveText(new RegExp(`of ${total}$`));
  expect(await storyOf(page)).toEqual(made);

  // From its file, into a presenter mode that tells the default story.
  await page.keyboard.press('e');
  const [download] = await Promise.all([page.waitForEvent('download'), editor.getByRole('button', { name: 'Save as a file' }).click()]);
  expect(download.suggestedFilename()).toBe('trust-across-borders.json');
  const file = testInfo.outputPath('story.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'pcocp-story', version: 1, title: 'Trust across borders' });
  await page.goto('/?present=1&date=2016-05-26');
  await expect(progress(page)).toHaveText(/^Step 1 of 1[0-9]$/);
  expect(await storyOf(page)).not.toEqual(made);
  await page.keyboard.press('e');
  await editor.getByLabel('Load a file').setInputFiles(file);
  await expect(editor.getByLabel('Title')).toHaveValue('Trust across borders');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  expect(await storyOf(page)).toEqual(made);
  expect(new URL(page.url()).searchParams.get('story')).toBe(new URL(link).searchParams.get('story'));
});

for (const [name, code, words] of [
  ['malformed', '1.bm90IGEgc3Rvcnk', 'could not be read'],
  ['from a newer version', '99.e30', 'made by a newer version'],
] as const) {
  test(`a story link ${name} shows the message and the default story, and keeps the rest of the link`, async ({ page }) => {
    await page.goto(`/?present=1&date=2019-06-04&look=dark&story=${code}`);
    const notice = page.getByTestId('story-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveRole('alert');
    await expect(notice).toContainText(words);
    await expect(notice).toContainText('so the default story is shown; the rest of the link still applies.');
    await expect(page.getByTestId('present-date')).toHaveText('4 – 5 June 2019');
    await expect(page.getByTestId('present-caption')).toContainText('Greece joins');
    await expect(page.locator('html')).toHaveAttribute('data-look', 'dark');
    const url = new URL(page.url());
    expect(url.searchParams.get('story')).toBeNull();
    expect(url.searchParams.get('look')).toBe('dark');
    expect(url.searchParams.get('date')).toBe('2019-06-04');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });
}

test('the handout has every step, six to a page or one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?present=1&date=2016-05-26');
  await expect(progress(page)).toHaveText(/^Step 1 of \d+$/);
  const total = Number((await progress(page).innerText()).match(/of (\d+)/)![1]);
  await page.mouse.move(300, 300);
  await page.getByRole('button', { name: 'Handout' }).click();
  const handout = page.getByTestId('handout');
  await expect(handout).toBeVisible();
  await expect(handout.getByTestId('step-card')).toHaveCount(total);
  await expect(handout.locator('section.page')).toHaveCount(Math.ceil(total / 6));
  await handout.getByLabel('One').check();
  await expect(handout.locator('section.page')).toHaveCount(total);
  await page.keyboard.press('Escape');
  await expect(handout).toHaveCount(0);
  await expect(page.getByTestId('presenter')).toBeVisible();
});

test('a story too long for a link says so, offers the file, and still reaches the presenter view', async ({ page, context }, testInfo) => {
  const file = testInfo.outputPath('long.json');
  const steps = Array.from({ length: 40 }, (_, i) => ({
    date: `20${17 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`,
    caption: `Step ${i + 1} of a long talk`,
    notes: 'A long note for a long talk, about the prosecutors, their offices and the meetings at which they agreed to work together, kept here so that the presenter does not forget it. '.repeat(2),
    views: ['map', 'timeline'],
    theme: null,
  }));
  await writeFile(file, JSON.stringify({ format: 'pcocp-story', version: 1, title: 'A long talk', steps }));
  await page.goto('/?present=1&date=2016-05-26');
  await expect(progress(page)).toHaveText(/^Step 1 of \d+$/);
  await page.keyboard.press('e');
  const editor = page.getByTestId('story-editor');
  await editor.getByLabel('Load a file').setInputFiles(file);
  await expect(editor.getByTestId('story-status')).toContainText('This story is too long for a link');
  await expect(editor.getByTestId('story-status')).toContainText('Save it as a file to keep it.');
  await expect(editor.getByRole('button', { name: 'Save as a file' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('story')).toBeNull();
  await page.keyboard.press('Escape');
  // The stage's keys wait while the editor is open; it closes on the dialog's close event, a task later.
  await expect(editor).toHaveCount(0);
  await expect(progress(page)).toHaveText('Step 1 of 40');
  await expect(page.getByTestId('present-caption')).toHaveText('Step 1 of a long talk');
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('v')]);
  await expect(view.getByTestId('view-progress')).toHaveText('Step 1 of 40');
  await expect(view.getByTestId('presenter-notes')).toContainText('A long note for a long talk');
});

test.describe('accessibility of the talk', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  /** The WCAG 2.1 AA violations axe finds in the page as it is. */
  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ passes: unknown[]; violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    });
    expect(result.passes.length, 'axe checked something').toBeGreaterThan(10);
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')})`);
  }

  for (const [name, open] of [
    ['the presenter view', async (page: Page) => {
      await page.goto('/?present=1&date=2019-06-04&screen=notes');
      await expect(page.getByTestId('presenter-view').locator('svg.map-svg').first()).toBeVisible();
    }],
    ['the story editor', async (page: Page) => {
      await page.goto('/?present=1&date=2019-06-04');
      await expect(progress(page)).toBeVisible();
      await page.keyboard.press('e');
      await expect(page.getByTestId('story-editor')).toBeVisible();
    }],
    ['the handout', async (page: Page) => {
      await page.goto('/?present=1&date=2019-06-04');
      await expect(progress(page)).toBeVisible();
      await page.mouse.move(300, 300);
      await page.getByRole('button', { name: 'Handout' }).click();
      await expect(page.getByTestId('handout').locator('svg.map-svg').first()).toBeVisible();
    }],
  ] as const) {
    test(`axe finds no WCAG 2.1 AA violation: ${name}`, async ({ browser }) => {
      // axe is injected as an inline script, which the app's CSP rightly refuses: bypass it for the audit.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await open(page);
      expect(await violations(page)).toEqual([]);
      await context.close();
    });
  }
});

/** A story whose steps ask for every view the stage has, alone and together, with long words. */
const VIEWS_STORY: Story = {
  title: 'Every view',
  steps: [
    { date: '2017-10-12', caption: '', notes: '', views: ['map', 'timeline', 'secretariat', 'board'], theme: 'financial' },
    { date: '2021-12-06', caption: '', notes: '', views: ['secretariat'], theme: null },
    { date: '2023-02-22', caption: 'The Executive Board meets for the first time, and the Conference gains a body that acts between its meetings', notes: '', views: ['board', 'timeline'], theme: 'cybercrime' },
    { date: '2019-06-04', caption: '', notes: '', views: ['map'], theme: null },
    { date: '2020-03-01', caption: 'A date of one’s own, with the Secretariat and the map', notes: '', views: ['map', 'secretariat'], theme: null },
  ],
};

for (const [width, height] of [[1280, 720], [1920, 1080], [3840, 2160]] as const) {
  test(`a story of one's own with every view fits the stage at ${width}x${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/?present=1&story=${encodeStory(VIEWS_STORY)}`);
    const total = VIEWS_STORY.steps.length;
    for (let step = 1; step <= total; step++) {
      await expect(progress(page)).toHaveText(`Step ${step} of ${total}`);
      const views = VIEWS_STORY.steps[step - 1]!.views;
      await expect(page.locator('.stage svg.map-svg')).toHaveCount(views.includes('map') ? 1 : 0);
      // Beside the map, the Secretariat is told in words (who chairs), not drawn.
      await expect(page.getByTestId('stage-secretariat')).toHaveCount(views.includes('secretariat') && !views.includes('map') ? 1 : 0);
      await expect(page.getByTestId('present-chair')).toHaveCount(views.includes('secretariat') && views.includes('map') ? 1 : 0);
      await expect(page.getByTestId('present-board')).toHaveCount(views.includes('board') ? 1 : 0);
      await expect(page.locator('[data-testid="presenter"] > .strip')).toHaveCount(views.includes('timeline') ? 1 : 0);
      if (views.includes('map')) await expect(page.locator('.stage svg.map-svg')).toBeVisible();
      const boxes = await stageTextBoxes(page);
      // The Secretariat chart is a box too.
      boxes.push(...(await page.evaluate(() => [...document.querySelectorAll('[data-testid="stage-secretariat"] svg')].map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.tagName, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      }))));
      expectOnScreenApart(boxes, width, height, step);
      if (step < total) await page.keyboard.press('PageDown');
    }
  });
}

test('a story link opens the dashboard as ever, and P tells the story from its first step (the date is none of its steps)', async ({ page }) => {
  await page.goto(`/?date=2020-06-01&story=${encodeStory(VIEWS_STORY)}`);
  await expect(page.locator('main#views')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-js', 'ready');
  await expect(page.locator('#map svg.map-svg')).toBeVisible();
  await page.keyboard.press('p');
  await expect(progress(page)).toHaveText(`Step 1 of ${VIEWS_STORY.steps.length}`);
  await expect(page.getByTestId('present-date')).toHaveText('12 – 13 October 2017');
  await expect(page.getByTestId('present-board')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('story')).toBe(encodeStory(VIEWS_STORY));
});

test('a story link written before the views were named by id (version 1) tells the same story', async ({ page }) => {
  // Written by the version 1 encoder (commit 97c63a4): map and timeline; Secretariat and Board with a
  // caption and the financial filter; every view; the timeline alone.
  const old = '1.WyJBbiBvbGRlciB0YWxrIixbWyIyMDE2LTA1LTI2Il0sWyIyMDE5LTA2LTA0IiwiR3JlZWNlIGpvaW5zIiwiU2F5IHdoeSIsMTIsImZpbmFuY2lhbCJdLFsiMjAyMS0wMS0wMSIsIiIsIiIsMTVdLFsiMjAyMi0wMy0wMSIsIiIsIiIsMl1dXQ';
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/?present=1&story=${old}`);
  const shown = async () => ({
    map: await page.locator('[data-testid="presenter"] .stage svg.map-svg').count(),
    secretariat: await page.getByTestId('stage-secretariat').count(),
    chair: await page.getByTestId('present-chair').count(),
    board: await page.getByTestId('present-board').count(),
    strip: await page.locator('[data-testid="presenter"] .strip svg').count(),
  });
  const steps = [
    { date: /May 2016/, map: 1, secretariat: 0, chair: 0, board: 0, strip: 1 },
    { date: /June 2019/, map: 0, secretariat: 1, chair: 0, board: 1, strip: 0 },
    // Every view: beside the map, the Secretariat is told in words (who chairs).
    { date: /^1 January 2021$/, map: 1, secretariat: 0, chair: 1, board: 1, strip: 1 },
    { date: /^1 March 2022$/, map: 0, secretariat: 0, chair: 0, board: 0, strip: 1 },
  ];
  for (const [i, { date, ...views }] of steps.entries()) {
    await expect(progress(page)).toHaveText(`Step ${i + 1} of 4`);
    await expect(page.getByTestId('present-date')).toHaveText(date);
    await expect.poll(shown).toEqual(views);
    if (i === 1) await expect(page.getByTestId('present-caption')).toHaveText('Greece joins');
    await page.keyboard.press('ArrowRight');
  }
});
