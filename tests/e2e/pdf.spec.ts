import { expect, test, type APIResponse } from '@playwright/test';

// `npm test` runs `npm run export:pdf` after the build; these tests read what it wrote into dist/.
const A4_POINTS = { width: 595, height: 842 };

async function expectA4Pdf(response: APIResponse) {
  expect(response.status()).toBe(200);
  const bytes = (await response.body()).toString('latin1');
  expect(bytes.startsWith('%PDF-')).toBe(true);
  const boxes = [...bytes.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length, 'pages').toBeGreaterThan(0);
  for (const [, width, height] of boxes) {
    expect(Math.abs(Number(width) - A4_POINTS.width)).toBeLessThan(2);
    expect(Math.abs(Number(height) - A4_POINTS.height)).toBeLessThan(2);
  }
  // Tagged, with the page language, so a screen reader can read the PDF too.
  expect(bytes).toContain('/StructTreeRoot');
  expect(bytes).toContain('/Lang (nl)');
}

test('a lesson guide links A4 PDFs of itself and of the pupil lesson', async ({ page, request }) => {
  await page.goto('/docenten/sextortion/14-15/');
  const guideLink = page.getByRole('link', { name: 'Deze handleiding als pdf' });
  const lessonLink = page.getByRole('link', { name: 'De les voor leerlingen als pdf' });
  await expect(guideLink).toHaveAttribute('href', '/pdf/docenten/sextortion-14-15.pdf');
  await expect(lessonLink).toHaveAttribute('href', '/pdf/lessen/sextortion-14-15.pdf');
  await expectA4Pdf(await request.get('/pdf/docenten/sextortion-14-15.pdf'));
  await expectA4Pdf(await request.get('/pdf/lessen/sextortion-14-15.pdf'));
});

test('a general guide links its own PDF', async ({ page, request }) => {
  await page.goto('/docenten/algemeen/als-een-leerling-iets-vertelt/');
  const link = page.getByRole('link', { name: 'Deze handleiding als pdf' });
  await expect(link).toBeVisible();
  await expectA4Pdf(await request.get((await link.getAttribute('href'))!));
  await expect(page.getByRole('link', { name: 'De les voor leerlingen als pdf' })).toHaveCount(0);
});

test('the download links stay off paper', async ({ page }) => {
  await page.goto('/docenten/lovebombing/12-13/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Deze handleiding als pdf' })).toBeHidden();
});
