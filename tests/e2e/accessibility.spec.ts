import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

test('axe finds no violations in the hydrated quiz after checking answers', async ({ page }) => {
  await page.goto('/lessen/sextortion/14-15/');
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  const first = page.locator('fieldset.question').first();
  await expect(first).toBeVisible();
  await first.locator('input').first().check();
  await first.getByRole('button', { name: 'Controleer' }).click();
  await page.locator('fieldset.question').nth(1).getByRole('button', { name: 'Toon antwoord' }).click();
  expect(await violations(page)).toEqual([]);
});
