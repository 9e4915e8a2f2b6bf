import { describe, expect, it } from 'vitest';
import { assetUrlsIn, cacheStrategy } from '../../src/offline/cache-strategy.ts';

const origin = 'https://lessen.example';
const url = (path: string) => new URL(path, origin);

describe('service worker cache strategy', () => {
  it('asks the network first for pages and data, so a new build is never hidden', () => {
    expect(cacheStrategy(url('/lessen/sextortion/14-15/'), origin, 'GET')).toBe('network-first');
    expect(cacheStrategy(url('/zoeken/index.json'), origin, 'GET')).toBe('network-first');
  });
  it('answers hashed build assets from the cache', () => {
    expect(cacheStrategy(url('/_astro/Quiz.abc123.js'), origin, 'GET')).toBe('cache-first');
  });
  it('leaves other origins and other methods alone', () => {
    expect(cacheStrategy(new URL('https://www.buienradar.nl/'), origin, 'GET')).toBe('ignore');
    expect(cacheStrategy(url('/'), origin, 'POST')).toBe('ignore');
  });
  it('finds the built files a page refers to, once each', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.B1.css"><astro-island component-url="/_astro/Quiz.X9.js" renderer-url="/_astro/client.svelte.Q.js"></astro-island><script src="/_astro/Quiz.X9.js"></script><a href="/_astro/">x</a><img src="https://elders.example/_astro/y.js">';
    expect(assetUrlsIn(html)).toEqual(['/_astro/a.B1.css', '/_astro/Quiz.X9.js', '/_astro/client.svelte.Q.js', '/_astro/y.js']);
  });
});
