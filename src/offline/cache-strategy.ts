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

/**
 * The built files a page refers to (styles, scripts, island code), found in its HTML, so the
 * service worker can keep them together with the page. Dynamic imports inside those scripts
 * are kept when they load.
 */
export function assetUrlsIn(html: string): string[] {
  return [...new Set(html.match(/\/_astro\/[\w.-]+\.(?:js|css)/g) ?? [])];
}
