import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// 320 CSS pixels wide is what a 1280-pixel screen shows at 400% zoom (WCAG 1.4.10 Reflow).
test.use({ viewport: { width: 320, height: 640 } });

for (const path of ['/', '/leeftijd/14-15/', '/lessen/sextortion/14-15/', '/docenten/', '/docenten/sextortion/14-15/', '/hulp/', '/leerlijn/', '/ontwikkelaars/content-model/', '/ontwikkelaars/adapting/']) {
  test(`${path} needs no sideways scrolling at 320 px (400% zoom)`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/lessen/')) {
      await page.locator('#quiz-title').scrollIntoViewIfNeeded();
      await expect(page.locator('fieldset.question').first()).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Snel weg' })).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
}

test('every quiz control can be reached and used at 320 px', async ({ page }) => {
  await page.goto('/lessen/sextortion/14-15/');
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  const questions = page.locator('fieldset.question');
  await expect(questions.first()).toBeVisible();
  for (const button of await page.locator('fieldset.question button, fieldset.question select, fieldset.question input').all()) {
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
});
