import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium (never a browser Playwright downloads) against the built
 * app served by `vite preview`. Build first (`npm run build`); `npm test` does.
 * E2E_PORT and E2E_DIST let two runs share a machine without clashing.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // The views below the first screen are drawn once the page has been at rest (3 s: lib/ui/yield.ts);
  // an assertion on one the test has not scrolled to waits for that, on a machine that may be loaded.
  expect: { timeout: 12_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    timezoneId: 'Europe/Belgrade',
    // The service worker would answer requests that tests intercept; only the offline test allows it.
    serviceWorkers: 'block',
    locale: 'en-GB',
  },
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
