import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const LESSONS = join(import.meta.dirname, '../../lessons');
const lessonIds = readdirSync(LESSONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(LESSONS, d.name)).filter((f) => f.endsWith('.mdx')).map((f) => `${d.name}/${f.replace(/\.mdx$/, '')}`));

test('the learning line lists every lesson by school year with duration, kerndoelen and both links', async ({ page }) => {
  await page.goto('/docenten/');
  await page.getByRole('link', { name: 'Leerlijn', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leerlijn digitale weerbaarheid');
  for (const id of lessonIds) {
    const [module, band] = id.split('/');
    const table = page.getByRole('region', { name: new RegExp(`Tabel: lessen voor klas`) }).filter({ has: page.locator(`a[href="/lessen/${module}/${band}/"]`) });
    await expect(table, id).toHaveCount(1);
    const row = table.locator('tr').filter({ has: page.locator(`a[href="/lessen/${module}/${band}/"]`) });
    await expect(row.locator(`a[href="/docenten/${module}/${band}/"]`)).toHaveText('Handleiding');
    await expect(row.getByRole('cell', { name: /^\d+ min$/ })).toBeVisible();
    await expect(row.getByRole('listitem').first()).toHaveText(/^\d+\. /);
  }
  await expect(page.getByText(`In totaal: ${lessonIds.length} lessen`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tabel: kerndoelen per schooljaar' }).getByRole('rowheader', { name: /3\. Veiligheid en privacy/ })).toBeVisible();
});

test('the learning line downloads as a spreadsheet with a row per lesson', async ({ page }) => {
  await page.goto('/leerlijn/');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download de leerlijn als spreadsheet (csv)' }).click();
  const file = await (await download).path();
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  const rows = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(rows[0]).toBe('Schooljaar;Leeftijd;Module;Les;Minuten;Kerndoelen;Les (adres);Handleiding (adres)');
  expect(rows).toHaveLength(lessonIds.length + 1);
});
