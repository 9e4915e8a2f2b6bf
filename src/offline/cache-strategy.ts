/**
 * How the service worker answers a request. Pages and search data go to the network first
 * (a new build is seen at once when online; the cached copy is only for offline use), built
 * assets under /_astro/ have content hashes in their names and never change, so the cache
 * answers them first. Anything from another origin is left alone.
 */
export type Strategy = 'network-first' | 'cache-first' | 'ignore';

export function cacheStrategy(url: URL, siteOrigin: string, method: string): Strategy {
  if (method !== 'GET' || url.origin !== siteOrigin) return 'ignore';
  if (url.pathname.startsWith('/_astro/')) return 'cache-first';
  return 'network-first';
}

/** Same-origin URLs a page needs offline: itself, its resources and its islands' code. */
export function pageUrlsToKeep(pageUrl: string, resourceUrls: string[], islandUrls: string[], siteOrigin: string): string[] {
  const keep = [pageUrl, ...resourceUrls, ...islandUrls]
    .map((u) => new URL(u, pageUrl))
    .filter((u) => u.origin === siteOrigin && !u.pathname.endsWith('/sw.js'))
    .map((u) => `${u.origin}${u.pathname}${u.search}`);
  return [...new Set(keep)];
}
