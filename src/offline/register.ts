/**
 * Registers the service worker and asks it to keep this page (it fetches the page again and
 * keeps the files the page refers to: see assetUrlsIn). Failure (no support, private mode,
 * storage blocked) only means no offline copy.
 */
export function keepPageOffline(): void {
  navigator.serviceWorker
    ?.register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'keep', url: location.pathname }))
    .catch(() => {});
}
