import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOCS = join(import.meta.dirname, '../../docs');
const docs = readdirSync(DOCS).filter((f) => f.endsWith('.md'));

test('every developer doc in the repository is a page on the site, reached from the teacher page', async ({ page }) => {
  await page.goto('/docenten/');
  await page.getByRole('link', { name: 'Voor ontwikkelaars van lesmateriaal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor ontwikkelaars van lesmateriaal');
  for (const file of docs) {
    const title = /^# (.+)$/m.exec(readFileSync(join(DOCS, file), 'utf8'))![1]!.replaceAll('`', '');
    await page.goto('/ontwikkelaars/');
    await page.getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(`/ontwikkelaars/${file.replace(/\.md$/, '')}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // The docs are in English on a Dutch site: screen readers must switch language.
    await expect(page.locator('article.doc')).toHaveAttribute('lang', 'en');
  }
});

test('the content model on the site documents the quiz fields, in scrollable tables', async ({ page }) => {
  await page.goto('/ontwikkelaars/content-model/');
  const table = page.getByRole('region', { name: 'Tabel' }).filter({ hasText: 'modelAnswer' });
  await expect(table).toHaveCount(1);
  await expect(table).toHaveAttribute('tabindex', '0');
  await page.getByRole('link', { name: 'a regional edition' }).click();
  await expect(page).toHaveURL('/ontwikkelaars/adapting/#a-regional-edition-help-resources-per-region');
});
