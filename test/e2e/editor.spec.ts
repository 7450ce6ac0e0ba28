/**
 * The data editor (`?edit=1`, issue 27): a test-only source (test/fixtures/editor/, never in data/)
 * and a meeting citing it are added, the meeting is seen in the preview and kept across a reload, the
 * ZIP of data/ is exported, and a copy of the project built with it counts the meeting. The same
 * meeting with one word of its quote changed is refused, with the source's nearest passage shown.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';
import { test, expect, counter, SETTLED } from './fixtures';

const FIXTURE = readFileSync(join(process.cwd(), 'test/fixtures/editor/test-only-source.txt'), 'utf8');
const SOURCE_TITLE = 'TEST ONLY: a made-up source for the editor test';
const TOPIC = 'the imaginary exchange of test records between fixture offices';

async function addSource(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a source' }).click();
  await page.getByLabel('Title').fill(SOURCE_TITLE);
  await page.getByLabel('Why no publisher is named').fill('A test fixture: it names none.');
  await page.getByLabel('Date of issue').fill('2026-04-09');
  await page.getByLabel('The dateline, as the text gives it').fill('Testfixture City, 9 April 2026');
  await page.getByLabel('Address').fill('test/fixtures/editor/test-only-source.txt');
  await page.getByLabel('What it covers').fill('Nothing: a test fixture.');
  await page.getByLabel('Text of the source').fill(FIXTURE);
  await page.getByRole('button', { name: 'Save source' }).click();
  await expect(page.getByTestId('changes')).toContainText(SOURCE_TITLE);
}

async function fillMeeting(page: Page, topic: string, source: string | null = SOURCE_TITLE): Promise<void> {
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByLabel('Number').fill('10');
  if (source) await page.getByRole('group', { name: 'Sources' }).getByLabel(source).check();
  await page.getByLabel('Date', { exact: true }).fill('2026-04-08');
  await page.getByLabel('Last day').fill('2026-04-09');
  await page.getByLabel('Date as the source gives it').fill('Tenth meeting, 8-9 April 2026, Belgrade, Serbia');
  await page.getByLabel('City', { exact: true }).fill('Belgrade');
  await page.getByLabel('Country', { exact: true }).selectOption('SRB');
  await page.getByLabel('Topic 1, as the source words it').fill(topic);
  await page.getByRole('group', { name: 'Themes of topic 1' }).getByLabel('International co-operation and evidence sharing').check();
}

test('the editor is loaded at ?edit=1 only: the dashboard and an embed fetch none of it', async ({ page }) => {
  const editorFile = /\/assets\/(EditorPage|edit|data-files)-[^/]+\.(js|css|json)$/;
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  for (const query of ['', '?embed=map', '?embed=timeline']) {
    await page.goto(`/${query}`);
    await expect(page.locator('html')).toHaveAttribute('data-js', SETTLED);
  }
  expect(fetched.filter((url) => editorFile.test(url))).toEqual([]);
  await page.goto('/?edit=1');
  await expect(page.getByRole('heading', { name: 'Edit the data', level: 1 })).toBeVisible();
  expect(fetched.filter((url) => editorFile.test(url)).length).toBeGreaterThanOrEqual(3);
});

test.describe('the data editor', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?edit=1');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Edit the data', level: 1 })).toBeVisible();
  });

  test('adds a source and a meeting citing it, previews it, keeps it, and exports a ZIP that builds', async ({ page }, info) => {
    test.setTimeout(300_000);
    await addSource(page);
    await fillMeeting(page, TOPIC);
    const preview = page.getByTestId('preview');
    await expect(preview.getByTestId('preview-meetings')).toHaveText('10 of 10');
    await expect(preview.locator('[data-strip-mark="meeting-10"]')).toBeVisible();
    await expect(preview.getByTestId('preview-latest')).toContainText('Tenth meeting');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByTestId('changes')).toContainText('Tenth meeting');

    // The draft outlives a reload.
    await page.reload();
    await expect(page.getByTestId('changes')).toContainText('Tenth meeting');
    await expect(page.getByTestId('changes')).toContainText(SOURCE_TITLE);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const zip = readFileSync((await download.path())!);
    const files = unzipSync(new Uint8Array(zip));
    const meetings = JSON.parse(strFromU8(files['data/meetings.json']!)) as { number: number | null; topics: { text: string }[] }[];
    expect(meetings.find((m) => m.number === 10)?.topics[0]?.text).toBe(TOPIC);
    expect(Object.entries(files).some(([path, bytes]) => path.startsWith('data/sources/') && strFromU8(bytes) === FIXTURE)).toBe(true);

    // A copy of the project, the ZIP unpacked over its data/, built as it is.
    const copy = mkdtempSync(join(tmpdir(), 'pcocp-editor-'));
    try {
      const root = process.cwd();
      cpSync(root, copy, { recursive: true, filter: (src) => !/\/(node_modules|dist|\.git|test-results|\.cache|playwright-report)(\/|$)/.test(src.slice(root.length)) });
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
      for (const [path, bytes] of Object.entries(files)) {
        mkdirSync(dirname(join(copy, path)), { recursive: true });
        writeFileSync(join(copy, path), bytes);
      }
      execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: copy, stdio: 'pipe', timeout: 240_000 });
      const dist = join(copy, 'dist');
      // The built app, served from its folder on an origin of its own.
      const built = await page.context().browser()!.newContext({ serviceWorkers: 'block', timezoneId: 'Europe/Belgrade', locale: 'en-GB' });
      const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain' };
      await built.route('http://built.test/**', async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(dist, path === '/' ? 'index.html' : path);
        if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
        await route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
      });
      const app = await built.newPage();
      await app.goto('http://built.test/?date=2026-04-09');
      await expect(app.locator('main#views')).toHaveAttribute('aria-busy', 'false');
      await expect(counter(app, 'meetings')).toHaveText('10');
      await expect(app.locator('[data-counter="meetings"] .qualifier')).toContainText('10');
      await app.screenshot({ path: info.outputPath('built.png') });
      await built.close();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test('refuses a quote changed by one word, showing the nearest passage of the source', async ({ page }) => {
    await addSource(page);
    await fillMeeting(page, TOPIC.replace('records', 'files'));
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    const problem = page.getByTestId('problem').filter({ hasText: 'A quote must be found word for word in every source it cites.' });
    await expect(problem).toContainText('the imaginary exchange of test files between fixture offices');
    await expect(problem.getByTestId('nearest')).toContainText('The participants discussed the imaginary exchange of test records between fixture offices.');
    await expect(page.getByTestId('changes')).not.toContainText('Tenth meeting');
    // Nothing typed is lost: the form still holds it.
    await expect(page.getByLabel('Topic 1, as the source words it')).toHaveValue(TOPIC.replace('records', 'files'));
  });

  test('refuses a date finer than its source, a number used twice and a meeting without a source', async ({ page }) => {
    // No source chosen: the sources rule; number 9 is the ninth meeting's.
    await fillMeeting(page, TOPIC, null);
    await page.getByLabel('Number').fill('9');
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByTestId('problem').filter({ hasText: 'Each meeting has a number of its own.' })).toBeVisible();
    await expect(page.getByTestId('problem').filter({ hasText: 'Every fact names at least one saved source.' }).first()).toBeVisible();
    await page.getByRole('group', { name: 'Sources' }).getByLabel('The PCOCP network (OSCE overview)').check();
    await page.getByLabel('Date', { exact: true }).fill('2023-02-22');
    await page.getByLabel('Last day').fill('');
    await page.getByLabel('Date as the source gives it').fill('in February 2023');
    await expect(page.getByTestId('problem').filter({ hasText: 'A date can be no more precise than its source gives it' })).toBeVisible();
  });

  test('adds a member with its joining reading, previewed, and refuses its quote changed by one word', async ({ page }) => {
    const members = (JSON.parse(readFileSync(join(process.cwd(), 'data/members.json'), 'utf8')) as unknown[]).length;
    const JOINED = 'Malta signed the Declaration of Intent and joined the Permanent Conference on 9 April 2026.';
    await addSource(page);
    await page.getByRole('button', { name: 'Add a member' }).click();
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Country').selectOption('MLT');
    await form.getByLabel('Joining 1: date').fill('2026-04-09');
    await form.getByLabel("Joining 1: the source's words").fill(JOINED.replace('signed', 'initialled'));
    await form.getByRole('group', { name: 'Joining 1: sources' }).getByLabel(SOURCE_TITLE).check();
    await form.getByRole('button', { name: 'Save member' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    const problem = form.getByTestId('problem').filter({ hasText: 'A quote must be found word for word in every source it cites.' });
    await expect(problem.getByTestId('nearest')).toContainText('Malta signed the Declaration of Intent');
    await expect(page.getByTestId('no-changes')).toHaveCount(0);
    await expect(page.getByTestId('changes')).not.toContainText('Malta');

    await form.getByLabel("Joining 1: the source's words").fill(JOINED);
    await expect(form.getByTestId('problem')).toHaveCount(0);
    await expect(page.getByTestId('preview').getByTestId('preview-countries')).toHaveText(String(members + 1));
    await form.getByRole('button', { name: 'Save member' }).click();
    await expect(page.getByTestId('changes')).toContainText('Malta');
    await page.reload();
    await expect(page.getByTestId('changes')).toContainText('Malta');
    await expect(page.getByRole('button', { name: 'Correct Malta' })).toBeVisible();
  });

  test('adds a Board member in the source\'s words, previewed with the Board, refuses its words changed, and corrects the Board', async ({ page }) => {
    const NAMED = 'Currently, Malta and Serbia are the members of the Executive Board of the test fixture.';
    await addSource(page);
    await page.getByRole('button', { name: 'Add a Board member' }).click();
    const form = page.getByRole('form', { name: 'Add a Board member' });
    await form.getByLabel('Country on the Board').selectOption('MLT');
    await form.getByLabel("The source's words that name it").fill(NAMED.replace('Malta and Serbia', 'Malta and Italy'));
    await form.getByRole('group', { name: 'Sources of the Board member' }).getByLabel(SOURCE_TITLE).check();
    await form.getByRole('button', { name: 'Save Board member' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    await expect(form.getByTestId('problem').filter({ hasText: 'A quote must be found word for word' }).getByTestId('nearest')).toContainText('Currently, Malta and Serbia are the members');
    await form.getByLabel("The source's words that name it").fill(NAMED);
    await expect(form.getByTestId('problem')).toHaveCount(0);
    await expect(page.getByTestId('preview').getByTestId('present-board')).toContainText('Malta');
    await form.getByRole('button', { name: 'Save Board member' }).click();
    await expect(page.getByTestId('changes')).toContainText('board.json');
    await expect(page.getByRole('button', { name: 'Correct Malta on the Board' })).toBeVisible();

    // The Board itself: an establishment's date finer than its source is refused.
    await page.getByRole('button', { name: /^Correct The Board/ }).click();
    const board = page.getByRole('form', { name: 'Correct the Board' });
    await board.getByLabel('Establishment 2: date').fill('2018-05');
    await expect(board.getByTestId('problem').filter({ hasText: 'A date can be no more precise than its source gives it' })).toContainText('“The PCOCP network (OSCE overview)”');
    await board.getByRole('button', { name: 'Save Board' }).click();
    await expect(board.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  });

  test("corrects a source: a text that loses a fact's words is refused, naming the facts; its title saved", async ({ page }) => {
    await page.getByRole('button', { name: 'Correct The PCOCP network (OSCE overview)' }).click();
    const form = page.getByRole('form', { name: 'Correct a source' });
    const text = form.getByLabel('Text of the source');
    const published = await text.inputValue();
    await text.fill(published.replace('During the fourth meeting held in Skopje in 2018', 'During the fourth meeting held in Skopje'));
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    const problem = form.getByTestId('problem').filter({ hasText: "A source's text keeps the words and dates of every fact that cites it." });
    await expect(problem).toContainText('“Fourth meeting” (meetings.json)');
    await expect(problem).toContainText('the Executive Board (board.json)');
    await expect(page.getByTestId('no-changes')).toBeVisible();

    await text.fill(published);
    await form.getByLabel('Title', { exact: true }).fill('The PCOCP network, by the OSCE');
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByTestId('changes')).toContainText('The PCOCP network, by the OSCE');
    await expect(page.getByTestId('changes')).not.toContainText('data/sources/');
  });

  test("corrects a meeting's organisers and notes in the source's words, refusing them changed by one word", async ({ page }) => {
    await page.getByRole('button', { name: 'Correct Sixth meeting' }).click();
    const form = page.getByRole('form', { name: 'Correct a meeting' });
    const organisers = form.getByLabel("Organisers, in the source's words");
    await expect(organisers).toHaveValue('organized online by the OSCE Secretariat in collaboration with the OSCE Mission to Serbia');
    await organisers.fill('organised online by the OSCE Secretariat in collaboration with the OSCE Mission to Serbia');
    await expect(form.getByTestId('problem').filter({ hasText: 'A quote must be found word for word' }).getByTestId('nearest')).toContainText('organized online by the OSCE Secretariat');
    await form.getByRole('button', { name: 'Save meeting' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
    await organisers.fill('organized online by the OSCE Secretariat in collaboration with the OSCE Mission to Serbia');
    await form.getByRole('button', { name: 'Remove note 3' }).click();
    await expect(form.getByTestId('problem')).toHaveCount(0);
    await form.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByTestId('changes')).toContainText('Sixth meeting');
  });

  test('refuses pasted markup, and a ZIP that is broken or not the data, keeping the draft', async ({ page }) => {
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Text of the source').fill('<p>A paragraph <b>in bold</b></p>');
    await expect(page.getByTestId('problem').filter({ hasText: 'The text of a source is kept as plain text' })).toContainText('<p>');
    // Shown as text, never as markup.
    await expect(page.locator('.field b')).toHaveCount(0);
    await page.getByRole('button', { name: 'Remove the markup' }).click();
    await expect(page.getByLabel('Text of the source')).toHaveValue('A paragraph in bold\n');
    await page.getByRole('button', { name: 'Cancel' }).click();

    const input = page.getByLabel('Import a ZIP');
    await input.setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not really a zip') });
    await expect(page.getByTestId('import-error')).toContainText('broken.zip: This file is not a ZIP that can be read');
    await input.setInputFiles({ name: 'photos.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'cat.txt': strToU8('meow') })) });
    await expect(page.getByTestId('import-error')).toContainText('photos.zip: This ZIP holds no data/ folder');
    await expect(page.getByTestId('no-changes')).toBeVisible();
  });
});
