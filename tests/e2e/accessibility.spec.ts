import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every built page gets axe in crawl.spec.ts; these check states and settings a crawl does not reach.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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

for (const settings of [
  { name: 'reduced motion', media: { reducedMotion: 'reduce' as const } },
  { name: 'forced colours', media: { forcedColors: 'active' as const } },
]) {
  test(`lesson and quiz work and pass axe with ${settings.name}`, async ({ page }) => {
    await page.emulateMedia(settings.media);
    await page.goto('/lessen/sextortion/14-15/');
    await page.locator('#quiz-title').scrollIntoViewIfNeeded();
    const question = page.locator('fieldset.question[data-type="single"]').first();
    await question.locator('input').first().check();
    await question.getByRole('button', { name: 'Controleer' }).click();
    await expect(question.locator('.question__result')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Snel weg' })).toBeVisible();
    // Nothing on the page animates or transitions under these settings.
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return (style.animationName !== 'none' && style.animationDuration !== '0s') || (style.transitionDuration !== '0s' && style.transitionProperty !== 'none' && parseFloat(style.transitionDuration) > 0);
      }).length,
    );
    expect(moving).toBe(0);
    expect(await violations(page)).toEqual([]);
  });
}
