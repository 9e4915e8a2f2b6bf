import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rootReferences } from '../../src/export/scorm-package.ts';
import { NEW_TAB_NOTE, SCO_MARKER, rewriteLessonPage } from '../../src/export/scorm-page.ts';

const siteScript = 'navigator.serviceWorker?.register(`/sw.js`);';
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const island = '(()=>{customElements.define("astro-island",class{})})();';
const page = `<!doctype html><html lang="nl"><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(siteScript)} ${hash(island)};">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="canonical" href="https://les.example.nl/lessen/sextortion/14-15/">
<link rel="stylesheet" href="/_astro/BaseLayout.abc.css"></head><body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<a class="quick-exit__button" href="https://www.buienradar.nl/" rel="noreferrer" data-quick-exit>Snel weg</a>
<script type="module">${siteScript}</script>
<form class="site-search" role="search" action="/zoeken/" method="get"><input name="q"></form>
<p><a href="/hulp/">Hier vind je hulp</a>, <a href="/begrippen/#hash" title="Uitleg">hash</a>, <a href="https://www.113.nl" rel="noreferrer">113</a>, <a href="tel:113">113</a></p>
<astro-island component-url="/_astro/Quiz.abc.js" renderer-url="/_astro/client.svelte.abc.js" props="{&quot;a&quot;:1}"></astro-island>
<script>${island}</script>
</body></html>`;

describe('lesson page in a SCORM package', () => {
  const { html, files, siteUrl } = rewriteLessonPage(page, 'scorm-bridge.js');

  it('carries the files it loads, with relative paths', () => {
    expect(files).toEqual(['/_astro/BaseLayout.abc.css', '/_astro/Quiz.abc.js', '/_astro/client.svelte.abc.js', '/favicon.svg']);
    expect(html).toContain('href="_astro/BaseLayout.abc.css"');
    expect(html).toContain('component-url="_astro/Quiz.abc.js" renderer-url="_astro/client.svelte.abc.js"');
    expect(html).toContain('href="favicon.svg"');
    expect(rootReferences(html, 'index.html')).toEqual([]);
  });

  it('links to site pages at the site address, in a new tab, and says so', () => {
    expect(siteUrl).toBe('https://les.example.nl/');
    expect(html).toContain(`<a href="https://les.example.nl/hulp/" rel="noopener" target="_blank">Hier vind je hulp${NEW_TAB_NOTE}</a>`);
    expect(html).toContain(`<a href="https://les.example.nl/begrippen/#hash" title="Uitleg" rel="noopener" target="_blank">hash${NEW_TAB_NOTE}</a>`);
    expect(html).toContain(`<a href="https://www.113.nl" rel="noreferrer noopener" target="_blank">113${NEW_TAB_NOTE}</a>`);
    expect(html).toContain('<a href="tel:113">113</a>');
    expect(html).toContain('<a class="skip-link" href="#inhoud">');
  });

  it('leaves the quick exit to the bridge and drops the site search', () => {
    expect(html).toContain('<a class="quick-exit__button" href="https://www.buienradar.nl/" rel="noreferrer" data-quick-exit>Snel weg</a>');
    expect(html).not.toContain('<form');
  });

  it('swaps the site script for the bridge, and keeps the CSP hashes of the scripts that stay', () => {
    expect(html).not.toContain('serviceWorker');
    expect(html).not.toContain(hash(siteScript));
    expect(html).toContain(hash(island));
    expect(html).toContain(`<script>${island}</script>`);
    expect(html).toContain('<script src="scorm-bridge.js" defer></script></head>');
  });

  it('links a page the package carries by its file name, in a new tab, and marks only the launch page as the SCO', () => {
    const local = rewriteLessonPage(page, 'scorm-bridge.js', { localPages: { '/hulp/': 'hulp.html' } });
    expect(local.html).toContain(`<a href="hulp.html" rel="noopener" target="_blank">Hier vind je hulp${NEW_TAB_NOTE}</a>`);
    expect(local.html).toContain(`<a href="https://les.example.nl/begrippen/#hash" title="Uitleg" rel="noopener" target="_blank">`);
    expect(local.html).toContain(`${SCO_MARKER}<script src="scorm-bridge.js" defer></script></head>`);
    const helpPage = rewriteLessonPage(page, 'scorm-bridge.js', { localPages: { '/hulp/': 'hulp.html' }, sco: false });
    expect(helpPage.html).not.toContain(SCO_MARKER);
    expect(helpPage.html).toContain('<script src="scorm-bridge.js" defer></script></head>');
  });

  it('fails loudly when the page is not what it expects', () => {
    expect(() => rewriteLessonPage(page.replace(/<link rel="canonical"[^>]*>/, ''), 'b.js')).toThrow(/canonical/);
    expect(() => rewriteLessonPage(page.replace(/<script type="module">[\s\S]*?<\/script>/, ''), 'b.js')).toThrow(/one site script/);
    expect(rootReferences('<a href="/hulp/">x</a><img src="//cdn.example/x.png">', 'index.html')).toEqual(['index.html still points at the site root: /hulp/']);
  });
});
