import { describe, expect, it } from 'vitest';
import { cacheStrategy, pageUrlsToKeep } from '../../src/offline/cache-strategy.ts';

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
  it('keeps the page, its same-origin resources and island code, once each', () => {
    expect(pageUrlsToKeep(`${origin}/lessen/a/#quiz`, [`${origin}/_astro/a.css`, 'https://elders.example/x.js', `${origin}/sw.js`], ['/_astro/Quiz.js', '/_astro/Quiz.js'], origin))
      .toEqual([`${origin}/lessen/a/`, `${origin}/_astro/a.css`, `${origin}/_astro/Quiz.js`]);
  });
});
