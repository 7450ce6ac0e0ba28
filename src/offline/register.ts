/** Registers the service worker in a production build (the dev server has none). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
    // No offline copy this time (private mode, a sandboxed frame): the app works the same online.
  });
}
