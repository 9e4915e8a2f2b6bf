import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const help = parse(readFileSync(join(import.meta.dirname, '../../src/data/help-resources.yaml'), 'utf8')) as {
  emergency: { number: string };
  resources: Record<string, { name: string; phone?: { number: string }[] }>;
};

test('the help page shows every help resource from the data file, with callable numbers', async ({ page }) => {
  await page.goto('/hulp/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  await expect(page.getByRole('link', { name: help.emergency.number, exact: true }).first()).toHaveAttribute('href', `tel:${help.emergency.number}`);
  for (const resource of Object.values(help.resources)) {
    const card = page.locator('article.help-resource').filter({ has: page.getByRole('heading', { name: resource.name, exact: true }) });
    await expect(card, resource.name).toHaveCount(1);
    for (const phone of resource.phone ?? []) {
      await expect(card.getByRole('link', { name: phone.number, exact: true })).toHaveAttribute('href', `tel:${phone.number.replace(/[^0-9]/g, '')}`);
    }
  }
  await expect(page.getByText('Het is niet jouw schuld')).toBeVisible();
});

test('the lesson help block draws its entries from the help data', async ({ page }) => {
  await page.goto('/lessen/sextortion/14-15/');
  const block = page.getByRole('region', { name: 'Hulp nodig?' });
  await expect(block.getByRole('heading', { name: help.resources.helpwanted!.name })).toBeVisible();
  await expect(block.getByRole('link', { name: '020-261 52 75' })).toHaveAttribute('href', 'tel:0202615275');
});
