import { expect, test } from '@playwright/test';

test('a teacher finds the guide of a lesson from "Voor docenten"', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Voor docenten' }).click();
  await expect(page).toHaveURL(/\/docenten\/$/);
  await page.getByRole('link', { name: /^Handleiding: Sextortion: herken het patroon/ }).click();
  await expect(page).toHaveURL(/\/docenten\/sextortion\/14-15\/$/);
  for (const section of ['Overzicht', 'Lesverloop', 'Voor je begint', 'Gespreksvragen', 'Als een leerling iets vertelt', 'Differentiatie', 'Achtergrond voor de docent', 'Ouders', 'Bronnen']) {
    await expect(page.getByRole('heading', { name: section, exact: true, level: 2 })).toBeVisible();
  }
  // The timed plan adds up to 50 minutes.
  await expect(page.getByRole('table').first()).toContainText('–50 min');
});

test('printing a guide gives pages without navigation, buttons or the quick exit', async ({ page }) => {
  await page.goto('/docenten/sextortion/14-15/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Snel weg' })).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('.print-hint')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the teachers\' overview shows the learning line: every lesson with its guide, per school year', async ({ page }) => {
  await page.goto('/docenten/');
  const table = page.getByRole('table', { name: /Leerlijn/ });
  await expect(table).toBeVisible();
  const guideLinks = table.getByRole('link', { name: /^Handleiding: / });
  const lessonLinks = table.locator('a[href^="/lessen/"]');
  expect(await guideLinks.count()).toBe(await lessonLinks.count());
  for (const href of await lessonLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    await expect(table.locator(`a[href="${href.replace('/lessen/', '/docenten/')}"]`)).toHaveCount(1);
  }
});
