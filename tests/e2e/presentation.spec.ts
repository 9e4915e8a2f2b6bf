import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { expectFirstQuestionThenRevealWithA } from './classroom-steps.ts';

const LESSON = '/lessen/sextortion/14-15/';
const PRESENTATION = '/docenten/sextortion/14-15/presentatie/';
const quiz = quizSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../quizzes/sextortion/14-15.yaml'), 'utf8')));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const slides = (page: Page) => page.locator('[data-slide]');
const visibleSlide = (page: Page) => page.locator('[data-slide]:visible');
const counter = (page: Page) => page.locator('[data-counter]');
const counterForReaders = (page: Page) => page.locator('[data-counter-text]');
const announced = (page: Page) => page.locator('.presentation [role="status"]');
const button = (page: Page, name: string) => page.getByRole('group', { name: 'Presentatie bedienen' }).getByRole('button', { name });

/** The h2 headings of the pupil's lesson text, between the goals and the summary. */
async function lessonSections(page: Page): Promise<string[]> {
  await page.goto(LESSON);
  const titles = await page.locator('article.lesson > h2').allTextContents();
  return titles.map((t) => t.trim());
}

test('the teacher guide and the classroom quiz page link to the presentation', async ({ page }) => {
  await page.goto('/docenten/sextortion/14-15/klassikaal/');
  await expect(page.getByRole('link', { name: 'presentatie van de les' })).toHaveAttribute('href', PRESENTATION);
  await page.goto('/docenten/sextortion/14-15/');
  await page.getByRole('link', { name: 'Presentatie van de les' }).click();
  await expect(page).toHaveURL(new RegExp(`${PRESENTATION}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sextortion: herken het patroon en weet wat je doet');
});

test('one slide per screen: the title slide first, then one slide per lesson section, with keys and buttons', async ({ page }) => {
  const sections = await lessonSections(page);
  expect(sections.length).toBeGreaterThan(3);
  await page.goto(PRESENTATION);
  const total = await slides(page).count();
  // Title, goals, intro, the sections, summary, help, quiz.
  expect(total).toBe(sections.length + 6);
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await expect(counterForReaders(page)).toHaveText(`Dia 1 van ${total}`);
  // The title slide: lesson title, band, duration and the content notice.
  const titleSlide = visibleSlide(page);
  await expect(titleSlide.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(titleSlide).toContainText('14–15 jaar');
  await expect(titleSlide).toContainText('Les van 50 minuten');
  await expect(titleSlide.locator('.notice')).toContainText('Let op.');
  await expect(button(page, 'Vorige')).toBeDisabled();

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText(`2 / ${total}`);
  await expect(page).toHaveURL(/#dia-2$/);
  await expect(announced(page)).toHaveText(`Dia 2 van ${total}: Wat leer je?`);
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  // Slide 4 is the lesson's first h2 section.
  await expect(counter(page)).toHaveText(`4 / ${total}`);
  await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText(sections[0]!);
  await expect(announced(page)).toHaveText(`Dia 4 van ${total}: ${sections[0]}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#dia-2$/);
  // Enter is left to buttons and links; it does not move the slides.
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`2 / ${total}`);

  // Buttons: with the mouse, and with the keyboard (Space presses the focused button, once).
  await button(page, 'Volgende').click();
  await expect(counter(page)).toHaveText(`3 / ${total}`);
  await button(page, 'Volgende').focus();
  await page.keyboard.press(' ');
  await expect(counter(page)).toHaveText(`4 / ${total}`);
  await button(page, 'Vorige').click();
  await expect(counter(page)).toHaveText(`3 / ${total}`);

  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('Quiz');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
  await expect(page).toHaveURL(/#dia-1$/);

  // Keys typed in the search field stay there.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('wet');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText(`1 / ${total}`);
});

test('the slide stays in the URL: reload and Back keep the position; a link inside the lesson opens its slide', async ({ page }) => {
  await page.goto(`${PRESENTATION}#dia-5`);
  await expect(counter(page)).toHaveText(/^5 \//);
  await expect(page.getByRole('group', { name: 'Presentatie bedienen' })).toBeInViewport();
  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expect(counter(page)).toHaveText(/^6 \//);
  await page.getByRole('group', { name: 'Presentatie bedienen' }).getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page).toHaveURL(/\/hulp\/$/);
  await page.goBack();
  await expect(counter(page)).toHaveText(/^6 \//);

  // The opening story links to "de zes stappen", a section further on.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await visibleSlide(page).getByRole('link', { name: 'de zes stappen' }).click();
  await expect(visibleSlide(page).getByRole('heading', { level: 2 })).toHaveText('De zes stappen');
  await expect(page).toHaveURL(/#dia-\d+$/);
  // Focus was on the link, now hidden: it moves to the slide area, not to the top of the page.
  await expect(page.getByRole('region', { name: "Dia's" })).toBeFocused();
});

test('after the last slide the quiz follows in classroom mode; the answer shows on A', async ({ page }) => {
  await page.goto(PRESENTATION);
  const total = await slides(page).count();
  await page.keyboard.press('End');
  await expect(button(page, 'Start de quiz')).toBeVisible();
  await page.keyboard.press('PageDown');
  const dialog = await expectFirstQuestionThenRevealWithA(page, quiz);
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('PageDown');
  await expect(dialog).toContainText(`Vraag 2 van ${quiz.questions.length}`);
  // The slides did not move underneath.
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  // Back from the first question: out of the quiz, onto its slide, and on to the slide before.
  await expect(dialog).toHaveCount(0);
  await expect(counter(page)).toHaveText(`${total} / ${total}`);
  await expect(page.locator('#klassikaal-start')).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText(`${total - 1} / ${total}`);
  // Escape closes the quiz too.
  await page.keyboard.press('End');
  await button(page, 'Start de quiz').click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('full screen: the button toggles it, and the quick exit and help stay on screen', async ({ page }) => {
  await page.goto(PRESENTATION);
  const fullscreen = button(page, 'Volledig scherm');
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
  const exitInDeck = page.locator('.presentation').getByRole('link', { name: 'Snel weg' });
  await expect(exitInDeck).toBeHidden();
  await fullscreen.click();
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement?.classList.contains('presentation'))).toBe(true);
  await expect(exitInDeck).toBeVisible();
  await expect(page.locator('.presentation').getByRole('link', { name: 'Hulp nodig?' })).toBeVisible();
  // Keys still work in full screen; the quiz opens on top of it.
  await page.keyboard.press('End');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
  expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
});

test('the quick exit works in full screen, by its button and by Shift three times, also during the quiz', async ({ page }) => {
  const NEUTRAL = 'https://www.buienradar.nl/';
  await page.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><h1>Het weer</h1>' }));
  await page.goto(PRESENTATION);
  await button(page, 'Volledig scherm').click();
  await page.locator('.presentation').getByRole('link', { name: 'Snel weg' }).click();
  await expect(page).toHaveURL(NEUTRAL);

  await page.goto(PRESENTATION);
  await page.keyboard.press('End');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('dialog')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL);
});

test('printing gives every slide, without the controls', async ({ page }) => {
  await page.goto(`${PRESENTATION}#dia-3`);
  await expect(visibleSlide(page)).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(visibleSlide(page)).toHaveCount(await slides(page).count());
  await expect(page.getByRole('group', { name: 'Presentatie bedienen' })).toBeHidden();
});

test('slides fade in, but not when the user asks for reduced motion', async ({ page }) => {
  await page.goto(PRESENTATION);
  await page.keyboard.press('ArrowRight');
  expect(await visibleSlide(page).evaluate((el) => getComputedStyle(el).animationName)).toBe('slide-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowRight');
  const style = await visibleSlide(page).evaluate((el) => ({ animation: getComputedStyle(el).animationName, transition: getComputedStyle(el).transitionDuration }));
  expect(style).toEqual({ animation: 'none', transition: '0s' });
});

test('with forced colours the slides and controls pass axe, in full screen too', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${PRESENTATION}#dia-4`);
  await expect(counter(page)).toHaveText(/^4 \//);
  expect(await violations(page)).toEqual([]);
  await button(page, 'Volledig scherm').click();
  await expect(button(page, 'Volledig scherm')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  expect(await violations(page)).toEqual([]);
});

test('without JavaScript every slide is a readable section of one long page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PRESENTATION);
  const count = await slides(page).count();
  expect(count).toBeGreaterThan(8);
  await expect(page.locator('[data-slide]:visible')).toHaveCount(count);
  await expect(page.getByRole('group', { name: 'Presentatie bedienen' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'De zes stappen', level: 2 })).toBeVisible();
  // The quiz, with every answer behind "Antwoord en uitleg".
  await page.getByText('Alle vragen en antwoorden op een rij').click();
  await expect(page.locator('[data-static-question]')).toHaveCount(quiz.questions.length);
  await context.close();
});

test('the page as it is without JavaScript (all slides shown) passes axe', async ({ page }) => {
  // axe itself needs JavaScript, so here the page's own scripts are taken out instead.
  await page.route(`**${PRESENTATION}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '') });
  });
  await page.goto(PRESENTATION);
  await expect(page.locator('[data-slide]:visible')).toHaveCount(await slides(page).count());
  expect(await violations(page)).toEqual([]);
});

test.describe('at 320 px (400% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no sideways scrolling, controls on screen, quick exit visible, axe clean', async ({ page }) => {
    await page.goto(`${PRESENTATION}#dia-5`);
    await expect(counter(page)).toHaveText(/^5 \//);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const control of await page.locator('.presentation__toolbar :is(button, a):visible').all()) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(320);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('banner').getByRole('link', { name: 'Snel weg' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
