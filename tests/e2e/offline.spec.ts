import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const LESSON = '/lessen/sextortion/14-15/';

/** Waits (with a clear failure) until the page is controlled by the service worker. */
async function controlled(page: import('@playwright/test').Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 10_000 }).toBe(true);
}

async function keptCount(page: import('@playwright/test').Page, path: string) {
  return page.evaluate(async (path) => ((await caches.match(path)) ? 1 : 0), path);
}

test('a lesson opened once works offline, quiz included', async ({ page, context }) => {
  test.setTimeout(60_000);
  await page.goto(LESSON);
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  await controlled(page);
  await expect.poll(() => keptCount(page, LESSON), { timeout: 10_000 }).toBe(1);
  await page.reload(); // now under the service worker, which keeps the island code too
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  await expect(page.locator('fieldset.question').first()).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sextortion');
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  const question = page.locator('fieldset.question[data-type="single"]').first();
  await question.locator('input').first().check();
  await question.getByRole('button', { name: 'Controleer' }).click();
  await expect(question.locator('.question__result')).toBeVisible();
  // A page never opened falls back to the help page, which is always kept.
  await page.goto('/over/').catch(() => {});
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  await context.setOffline(false);
});

test('after a new build is deployed, an online pupil gets the new page, not the kept one', async ({ browser }) => {
  const site = mkdtempSync(join(tmpdir(), 'dw-deploy-'));
  cpSync(DIST, site, { recursive: true });
  const server = await serveStatic(site);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(server.url + LESSON);
    await controlled(page);
    await page.reload();
    await expect.poll(() => keptCount(page, LESSON), { timeout: 10_000 }).toBe(1);
    // "Deploy" a new build of the lesson.
    const file = join(site, LESSON, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' (nieuwe versie)</h1>'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(nieuwe versie)');
  } finally {
    await context.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
