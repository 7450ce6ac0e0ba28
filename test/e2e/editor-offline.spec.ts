/**
 * The data editor works offline like the rest of the app (issue 27): after one visit at `?edit=1`,
 * with the network gone, the editor reloads from the service worker's cache (its chunks and the
 * published data it starts from are precached) and a form opens and checks what is typed. The build
 * under test (dist/, or E2E_DIST) is served by the deploy tests' static host, whose `offline` drops
 * every connection, the worker's own fetches included.
 */
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { DeployServer } from './deploy/deploys';

test.use({ serviceWorkers: 'allow' });

let server: DeployServer;
test.beforeEach(async () => {
  server = await new DeployServer(resolve(process.env.E2E_DIST ?? 'dist')).listen();
});
test.afterEach(async () => {
  await server.close();
});

test('after one visit at ?edit=1, the editor reloads and opens a form with the network gone', async ({ page, context }) => {
  await page.goto(`${server.url}/?edit=1`);
  await expect(page.getByRole('heading', { name: 'Edit the data', level: 1 })).toBeVisible();
  // The worker installed (every file of the build cached) and controls the page.
  await page.evaluate(async () => {
    const active = (await navigator.serviceWorker.ready).active!;
    if (active.state !== 'activated') await new Promise((r) => active.addEventListener('statechange', r));
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });

  server.offline = true;
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Edit the data', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  const form = page.getByRole('form', { name: 'Add a meeting' });
  await form.getByLabel('Number').fill('9');
  await expect(form.getByTestId('problem').filter({ hasText: 'Each meeting has a number of its own.' })).toBeVisible();
  await expect(page.getByTestId('preview')).toBeVisible();
  await context.setOffline(false);
});
