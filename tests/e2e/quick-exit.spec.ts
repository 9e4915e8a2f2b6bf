import { expect, test, type Page } from '@playwright/test';

const NEUTRAL = 'https://www.buienradar.nl/';

// The neutral site is outside; answer for it locally so the test needs no network.
async function stubNeutralSite(page: Page) {
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><h1>Het weer</h1>' }));
}

async function openLessonFrom(page: Page) {
  await stubNeutralSite(page);
  await page.goto('/');
  await page.goto('/lessen/sextortion/14-15/');
}

test('the button leaves for a neutral site and Back does not return to the page', async ({ page }) => {
  await openLessonFrom(page);
  await page.getByRole('link', { name: 'Snel weg' }).click();
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  // The lesson's history entry was replaced: Back leads to the page before it.
  await expect(page).not.toHaveURL(/\/lessen\//);
  await expect(page).toHaveURL(/\/$/);
});

test('pressing Shift three times leaves the page the same way', async ({ page }) => {
  await openLessonFrom(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/lessen\//);
});

test('Shift twice, or Shift while typing, does not leave', async ({ page }) => {
  await openLessonFrom(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/lessen\/sextortion\/14-15\/$/);
});

test('the quick-exit control is on every page type and reachable by keyboard', async ({ page }) => {
  await stubNeutralSite(page);
  for (const path of ['/', '/hulp/', '/docenten/', '/docenten/sextortion/14-15/', '/over/', '/leeftijd/12-13/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Snel weg' }), path).toBeVisible();
  }
  await page.goto('/over/');
  await page.getByRole('link', { name: 'Snel weg' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(NEUTRAL);
});
