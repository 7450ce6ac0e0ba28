/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { validateDataPlugin } from './src/lib/data/validate-plugin.ts';
import { cspPlugin } from './src/build/csp.ts';
import { staticHtmlPlugin } from './src/build/static-html.ts';
import { budgetPlugin } from './src/build/budget.ts';
import { VitePWA } from 'vite-plugin-pwa';

const dataDir = fileURLToPath(new URL('./data', import.meta.url));

export default defineConfig({
  plugins: [
    validateDataPlugin(dataDir),
    svelte(),
    staticHtmlPlugin(dataDir),
    cspPlugin(),
    // Offline after a first visit: a service worker precaches the build (app, data, geometry).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
    // Gzipped bytes; set from `npm run bench` with room for the views still to come (README, "Budgets").
    budgetPlugin({ js: 80_000, total: 90_000 }),
  ],
  build: {
    target: 'es2022',
    // Keep the data files as their own content-hashed assets (never inlined as data: URLs).
    assetsInlineLimit: 0,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
