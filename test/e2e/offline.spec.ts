import { test, expect, counter } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after a first visit the app and its data reload with the network gone', async ({ page, context }) => {
  await page.goto('/?date=2019-06-15');
  await expect(counter(page, 'countries')).toHaveText('12');
  // Wait until the service worker has installed and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  await page.goto('/?date=2024-01-01');
  await expect(counter(page, 'countries')).toHaveText('13');
  await expect(counter(page, 'offices')).toHaveText('14');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await context.setOffline(false);
});
