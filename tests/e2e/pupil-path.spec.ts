import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { builtPages } from './site-pages.ts';

test('a pupil picks an age band, opens a lesson, reads it and does the quiz', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const band of ['12–13 jaar', '14–15 jaar', '16–18 jaar']) {
    await expect(page.getByRole('link', { name: band })).toBeVisible();
  }
  await page.getByRole('link', { name: '14–15 jaar' }).click();
  await expect(page).toHaveURL(/\/leeftijd\/14-15\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessen voor 14–15 jaar');
  await expect(page.locator('.card').filter({ hasText: 'Sextortion' }).first()).toBeVisible();

  await page.getByRole('link', { name: /^Sextortion: herken het patroon/ }).click();
  await expect(page).toHaveURL(/\/lessen\/sextortion\/14-15\/$/);
  const notice = page.getByRole('complementary').filter({ hasText: 'Let op.' });
  await expect(notice).toContainText('Je mag altijd pauzeren');
  await expect(page.getByRole('heading', { name: 'Wat leer je?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Samengevat' })).toBeVisible();
  await expect(page.getByText('Het is nooit jouw schuld').first()).toBeVisible();

  // The quiz: answer the first single-choice question and check it.
  const status = page.locator('.quiz [role="status"]');
  await expect(status).toBeAttached();
  // The quiz island starts when it scrolls into view.
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  const question = page.locator('fieldset.question').filter({ has: page.locator('input[type="radio"]') }).first();
  await question.locator('input[type="radio"]').first().check();
  await question.getByRole('button', { name: 'Controleer' }).click();
  await expect(status).toContainText(/Vraag \d+: (Goed|Nog niet goed)/);
  await expect(question.locator('.option__feedback').first()).toBeVisible();
  await expect(question.getByRole('button', { name: 'Probeer opnieuw' })).toBeFocused();

  // The help block closes the lesson.
  await expect(page.getByRole('region', { name: 'Hulp nodig?' })).toContainText('Helpwanted');
});

test('"Hulp nodig?" is one click away on every page', async ({ page }) => {
  // One visit per built page (about a hundred): give the loop time in proportion, and do not
  // wait for scripts and images that the header link does not need.
  const pages = builtPages();
  test.setTimeout(30_000 + pages.length * 1_000);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const link = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp nodig?' });
    await expect(link, path).toHaveAttribute('href', '/hulp/');
  }
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page).toHaveURL(/\/hulp\/$/);
});

test('every band, module and lesson page is reachable from the home page', async ({ page }) => {
  await page.goto('/');
  for (const band of ['12-13', '14-15', '16-18']) {
    await page.goto(`/leeftijd/${band}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Lessen voor');
  }
  await page.goto('/modules/sextortion/');
  await expect(page.getByRole('link', { name: /herken het patroon/ })).toHaveAttribute('href', '/lessen/sextortion/14-15/');
});

test('an unknown address shows the Dutch 404 page with a way to help', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('main').getByRole('link', { name: 'Hulp nodig?' })).toBeVisible();
});

test('a glossary term in a lesson links to its explanation in the begrippenlijst', async ({ page }) => {
  await page.goto('/lessen/sextortion/14-15/');
  const term = page.locator('a.term').first();
  const id = (await term.getAttribute('href'))!.split('#')[1]!;
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/begrippen/#${id}$`));
  await expect(page.locator(`dt#${id}`)).toBeVisible();
  await expect(page.locator(`dt#${id} + dd`)).not.toBeEmpty();
});

test('the home page shows all modules as a learning line, each lesson in its school year', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table', { name: 'Alle lessen per module en schooljaar' });
  await expect(table.getByRole('columnheader')).toHaveText([/Module/, /klas 1–2/, /klas 3–4/, /klas 4–6/]);
  const rows = table.locator('tbody tr');
  const modules = readdirSync(join(import.meta.dirname, '../../lessons'));
  await expect(rows).toHaveCount(modules.length);
  for (const module of modules) {
    for (const file of readdirSync(join(import.meta.dirname, '../../lessons', module)).filter((f) => f.endsWith('.mdx'))) {
      await expect(table.locator(`a[href="/lessen/${module}/${file.replace('.mdx', '')}/"]`)).toHaveCount(1);
    }
  }
});

test('every quiz "section" points at a heading that exists on its lesson page', async ({ page }) => {
  const root = join(import.meta.dirname, '../..');
  for (const module of readdirSync(join(root, 'quizzes'))) {
    for (const file of readdirSync(join(root, 'quizzes', module))) {
      const band = file.replace('.yaml', '');
      const quiz = parse(readFileSync(join(root, 'quizzes', module, file), 'utf8')) as { questions: { section?: string }[] };
      const sections = [...new Set(quiz.questions.flatMap((q) => (q.section ? [q.section] : [])))];
      if (!sections.length) continue;
      await page.goto(`/lessen/${module}/${band}/`);
      for (const slug of sections) await expect(page.locator(`[id="${slug}"]`), `${module}/${band} #${slug}`).toHaveCount(1);
    }
  }
});
