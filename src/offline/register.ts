import { pageUrlsToKeep } from './cache-strategy.ts';

/**
 * Registers the service worker and asks it to keep this page and what it loaded. Failure
 * (no support, private mode, storage blocked) only means no offline copy.
 */
export function keepPageOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const resources = performance.getEntriesByType('resource').map((entry) => entry.name);
      const islands = [...document.querySelectorAll('astro-island')].flatMap((island) =>
        ['component-url', 'renderer-url'].map((name) => island.getAttribute(name) ?? '').filter(Boolean),
      );
      const urls = pageUrlsToKeep(location.href, resources, islands, location.origin);
      registration.active?.postMessage({ type: 'keep', urls });
    })
    .catch(() => {});
}
