import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const results = (page: import('@playwright/test').Page) => page.locator('.search__results > li');
/** Waits until the search island has started (Astro drops the ssr attribute). */
const searchReady = (page: import('@playwright/test').Page) => page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });

test('nothing of the search index is downloaded until search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/lessen/sextortion/14-15/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/zoeken/'))).toEqual([]);
});

test('the header search leads to results, which update as you type', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('search').getByRole('searchbox', { name: 'Zoeken' }).fill('afpersen');
  await page.getByRole('button', { name: 'Zoek' }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=afpersen$/);
  await expect(results(page).first()).toBeVisible();
  // Dutch stemming: "afpersen" finds lessons about "afpersing", marked in the text.
  await expect(page.locator('.search__results mark').first()).toBeVisible();
  const input = page.getByLabel('Waar zoek je naar?');
  await input.fill('lovebom');
  await expect(results(page).first()).toContainText(/lovebombing/i);
  await expect(page.getByRole('status').filter({ hasText: 'resultaten' })).toBeVisible();
});

test('the header search field has a keyboard shortcut on every page', async ({ page }) => {
  await page.goto('/lessen/sextortion/14-15/');
  const field = page.getByRole('searchbox', { name: 'Zoeken' });
  // The browser handles access keys itself (not reachable from synthetic key presses here).
  await expect(field).toHaveAttribute('accesskey', 'z');
  await expect(field).toHaveAttribute('aria-keyshortcuts', 'Alt+Z');
});

test('"/" jumps to search and the whole page works with the keyboard', async ({ page }) => {
  await page.goto('/zoeken/');
  await searchReady(page);
  await page.locator('body').press('/');
  await expect(page.getByLabel('Waar zoek je naar?')).toBeFocused();
  await page.keyboard.type('grooming');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Tab'); // band filter
  await page.keyboard.press('Tab'); // module filter
  await page.keyboard.press('Tab'); // type filter
  await page.keyboard.press('Tab'); // first result
  const first = results(page).first().getByRole('link');
  await expect(first).toBeFocused();
  const href = await first.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?#].*$/, '')}`));
});

test('filters narrow the results by age band, module and type', async ({ page }) => {
  await page.goto('/zoeken/?q=foto');
  await searchReady(page);
  await expect(results(page).first()).toBeVisible();
  await page.getByLabel('Soort').selectOption('les');
  await page.getByLabel('Leeftijd').selectOption('12-13');
  for (const meta of await page.locator('.search__meta').allTextContents()) {
    expect(meta).toMatch(/^Les · 12–13 jaar/);
  }
  await expect(page).toHaveURL(/leeftijd=12-13/);
});

test('a query that signals acute need shows the help block above the results', async ({ page }) => {
  await page.goto('/zoeken/');
  await searchReady(page);
  const input = page.getByLabel('Waar zoek je naar?');
  await input.fill('iemand dreigt mijn foto te delen');
  const help = page.locator('.search__acute');
  await expect(help).toBeVisible();
  await expect(help.getByRole('heading', { name: 'Hulp nodig?' })).toBeVisible();
  const helpBox = (await help.boundingBox())!;
  const firstResult = (await results(page).first().boundingBox())!;
  expect(helpBox.y).toBeLessThan(firstResult.y);
  await input.fill('algoritme');
  await expect(help).toBeHidden();
});

test('odd input is shown as text, never run, and never breaks the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto('/zoeken/');
  await searchReady(page);
  const input = page.getByLabel('Waar zoek je naar?');
  for (const odd of ['<img src=x onerror=alert(1)>', 'title:foto~2 +afpersing -x *', '"', ':::', '~~~', '^^']) {
    await input.fill(odd);
    await expect(page.getByRole('status').filter({ hasText: /.+/ })).toBeVisible();
  }
  await input.fill('<img src=x onerror=alert(1)> qwxzv');
  await expect(page.locator('main img')).toHaveCount(0);
  // The query comes back as plain text, tags and all.
  await expect(page.getByRole('status').filter({ hasText: '<img src=x onerror=alert(1)> qwxzv' })).toBeVisible();
  await input.fill('<b>qwxzv</b>');
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.getByText('Probeer een ander woord')).toBeVisible();
  await expect(page.locator('.search__empty').getByRole('link', { name: 'Hier vind je hulp' })).toHaveAttribute('href', '/hulp/');
  expect(errors).toEqual([]);
});

test('without JavaScript the search page lists every lesson by age band and module', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zoeken/');
  const all = page.locator('.search__all');
  for (const band of ['12–13 jaar', '14–15 jaar', '16–18 jaar']) await expect(all.getByRole('heading', { name: new RegExp(band) })).toBeVisible();
  await expect(all.locator('a[href^="/lessen/"]').first()).toBeVisible();
  await context.close();
});

test('axe finds no violations on the search page with results and the help block', async ({ page }) => {
  await page.goto('/zoeken/?q=dreigt');
  await expect(page.locator('.search__acute')).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('search works when browser storage is blocked', async ({ page }) => {
  await page.addInitScript(`Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/zoeken/?q=grooming');
  await expect(results(page).first()).toBeVisible();
  expect(errors).toEqual([]);
});
