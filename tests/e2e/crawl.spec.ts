import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site-pages.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The HTML file that serves an internal path, or undefined when there is none. */
function builtFile(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname);
  const candidates = clean.endsWith('/') ? [join(DIST, clean, 'index.html')] : [join(DIST, clean), join(DIST, clean, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

test.beforeEach(async ({ page }) => {
  // Record CSP violations from the first moment of every page.
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
});

for (const path of builtPages()) {
  test(`${path}: same-origin only, no cookies, no errors, no CSP violations, no axe violations, no broken links`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error' && !/404 \(Not Found\)/.test(m.text())) errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(path);
    await page.mouse.wheel(0, 50_000); // wake islands that start when visible
    await page.waitForLoadState('networkidle');

    expect(foreign, 'requests to other origins').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP violations').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })));
    for (const { href, rel } of links) {
      const url = new URL(href);
      if (url.protocol === 'tel:' || url.protocol === 'mailto:') continue;
      if (url.origin !== origin) {
        expect(rel, `external link ${href} sends no referrer`).toContain('noreferrer');
        continue;
      }
      const file = builtFile(url.pathname);
      expect(file, `internal link ${url.pathname} from ${path}`).toBeDefined();
      if (url.hash.length > 1 && file) {
        const id = decodeURIComponent(url.hash.slice(1));
        expect(readFileSync(file, 'utf8').includes(`id="${id}"`), `anchor #${id} on ${url.pathname}`).toBe(true);
      }
    }

    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
