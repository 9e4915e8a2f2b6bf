import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectFirstQuestionThenRevealWithA } from './classroom-steps.ts';
import { parse } from 'yaml';
import { quizSchema, type QuestionOf } from '../../src/curriculum/schemas/quiz.ts';
import { goodPath } from '../../src/quiz/display.ts';

const LESSON = '/lessen/sextortion/14-15/';
const quiz = quizSchema.parse(parse(readFileSync(join(import.meta.dirname, '../../quizzes/sextortion/14-15.yaml'), 'utf8')));
const first = <T extends QuizType>(type: T) => quiz.questions.find((q) => q.type === type) as QuestionOf<T>;
type QuizType = (typeof quiz.questions)[number]['type'];

async function openQuiz(page: Page) {
  await page.goto(LESSON);
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  await expect(page.locator('fieldset.question').first()).toBeVisible();
}
const questionOf = (page: Page, type: QuizType) => page.locator(`fieldset.question[data-type="${type}"]`).first();
const status = (page: Page) => page.locator('.quiz [role="status"]');
const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has focus: proves it can be reached with the keyboard. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}
/** The label text of the focused input. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');

async function startAt(question: Locator) {
  await question.locator('legend').focus();
}
async function checkWithKeyboard(page: Page, question: Locator) {
  await tabTo(page, question.getByRole('button', { name: 'Controleer' }));
  await page.keyboard.press('Enter');
}

test.describe('every question type works with the keyboard alone', () => {
  test('multiple choice: Tab, Space on each right option, Check', async ({ page }) => {
    await openQuiz(page);
    const q = first('multiple');
    const el = questionOf(page, 'multiple');
    await startAt(el);
    for (let i = 0; i < q.options.length; i++) {
      await page.keyboard.press('Tab');
      const label = await focusedLabel(page);
      if (q.options.find((o) => o.text === label)?.correct) await page.keyboard.press('Space');
    }
    await checkWithKeyboard(page, el);
    await expect(status(page)).toContainText(': Goed.');
    await expect(el.locator('.question__result')).toContainText(q.explanation);
  });

  test('single choice: arrow keys pick the option', async ({ page }) => {
    await openQuiz(page);
    const q = first('single');
    const el = questionOf(page, 'single');
    const right = q.options.find((o) => o.correct)!.text;
    await startAt(el);
    await page.keyboard.press('Tab');
    for (let i = 0; i < q.options.length && (await focusedLabel(page)) !== right; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await checkWithKeyboard(page, el);
    await expect(status(page)).toContainText(`Goed. ${q.options.find((o) => o.correct)!.feedback}`);
  });

  test('true/false: a wrong answer gets kind feedback, Try again and Show answer work', async ({ page }) => {
    await openQuiz(page);
    const q = first('truefalse');
    const el = questionOf(page, 'truefalse');
    await startAt(el);
    await page.keyboard.press('Tab'); // "Waar"
    if (q.answer) await page.keyboard.press('ArrowDown'); // pick the wrong one: "Niet waar"
    else await page.keyboard.press('Space');
    await checkWithKeyboard(page, el);
    await expect(status(page)).toContainText('Nog niet goed');
    await expect(el).toContainText(q.answer ? q.feedbackFalse : q.feedbackTrue);
    await expect(el.getByRole('button', { name: 'Probeer opnieuw' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(el.getByRole('radio', { checked: true })).toHaveCount(0);
    await tabTo(page, el.getByRole('button', { name: 'Toon antwoord' }));
    await page.keyboard.press('Enter');
    // The answer shown is the server-rendered one, with its explanation.
    await expect(el.locator('.reveal')).toContainText(`${q.answer ? 'Waar' : 'Niet waar'}.`);
    await expect(el.locator('.reveal')).toContainText(q.explanation);
  });

  test('ordering: Up and Down buttons, with focus following the moved item', async ({ page }) => {
    await openQuiz(page);
    const q = first('ordering');
    const el = questionOf(page, 'ordering');
    const current = () => el.locator('.ordering__text').allTextContents();
    await startAt(el);
    for (let target = 0; target < q.items.length; target++) {
      let position = (await current()).indexOf(q.items[target]!);
      if (position === target) continue;
      await tabTo(page, el.getByRole('button', { name: `Omhoog: ${q.items[target]}` }));
      while (position > target) {
        await page.keyboard.press('Enter');
        position--;
        if (position > target) await expect(el.getByRole('button', { name: `Omhoog: ${q.items[target]}` })).toBeFocused();
      }
    }
    expect(await current()).toEqual(q.items);
    await checkWithKeyboard(page, el);
    await expect(status(page)).toContainText(': Goed.');
  });

  test('matching: a select per item, changed with the arrow keys', async ({ page }) => {
    await openQuiz(page);
    const q = first('matching');
    const el = questionOf(page, 'matching');
    await startAt(el);
    for (const pair of q.pairs) {
      const select = el.getByLabel(pair.left, { exact: true });
      await tabTo(page, select);
      for (let i = 0; i <= q.pairs.length; i++) {
        if ((await select.locator('option:checked').textContent()) === pair.right) break;
        await page.keyboard.press('ArrowDown');
      }
      await expect(select.locator('option:checked')).toHaveText(pair.right);
    }
    await checkWithKeyboard(page, el);
    await expect(status(page)).toContainText(': Goed.');
  });

  test('scenario: each choice shows its feedback and the path ends', async ({ page }) => {
    await openQuiz(page);
    const q = first('scenario');
    const el = questionOf(page, 'scenario');
    await startAt(el);
    const path = goodPath(q);
    let stepId = q.start;
    for (const choiceIndex of path) {
      const step = q.steps.find((s) => s.id === stepId)!;
      const choice = step.choices[choiceIndex]!;
      await tabTo(page, el.getByRole('button', { name: choice.text, exact: true }));
      await page.keyboard.press('Enter');
      await expect(el).toContainText(choice.feedback);
      stepId = choice.next;
    }
    const ending = q.endings.find((e) => e.id === stepId)!;
    expect(ending.good).toBe(true);
    await expect(el).toContainText(ending.text);
    await expect(status(page)).toContainText(': Goed.');
  });

  test('reflection: type, save and compare with the model answer', async ({ page }) => {
    await openQuiz(page);
    const q = first('reflection');
    const el = questionOf(page, 'reflection');
    await startAt(el);
    await tabTo(page, el.getByRole('textbox'));
    await page.keyboard.type('Ik zou zeggen dat het niet zijn schuld is.');
    await tabTo(page, el.getByRole('button', { name: 'Bewaar en vergelijk' }));
    await page.keyboard.press('Enter');
    await expect(el).toContainText(q.modelAnswer);
    await expect(status(page)).toContainText('Bewaard');
  });
});

test('progress survives a reload and is wiped by "Wis mijn antwoorden"', async ({ page }) => {
  await openQuiz(page);
  const q = first('single');
  const el = questionOf(page, 'single');
  await el.getByLabel(q.options.find((o) => o.correct)!.text, { exact: true }).check();
  await el.getByRole('button', { name: 'Controleer' }).click();
  await expect(el.locator('.question__result')).toBeVisible();

  await openQuiz(page);
  await expect(el.locator('.question__result')).toContainText('Goed');
  await expect(el.getByLabel(q.options.find((o) => o.correct)!.text, { exact: true })).toBeChecked();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toEqual([expect.stringMatching(/^digitaal-weerbaar:quiz:sextortion\/14-15:[0-9a-f]{8}$/)]);

  await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
  await expect(status(page)).toContainText('gewist');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await openQuiz(page);
  await expect(el.locator('.question__result')).toHaveCount(0);
});

test('garbage in storage is ignored and the quiz still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openQuiz(page);
  const el = questionOf(page, 'single');
  await el.locator('input').first().check();
  await el.getByRole('button', { name: 'Controleer' }).click();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) localStorage.setItem(key, '{"version":1,"seed":"x","answers":{');
  });
  await openQuiz(page);
  await expect(el.locator('.question__result')).toHaveCount(0);
  await el.locator('input').first().check();
  await el.getByRole('button', { name: 'Controleer' }).click();
  await expect(el.locator('.question__result')).toBeVisible();
  expect(errors).toEqual([]);
});

for (const [name, script] of [
  ['blocked (reading localStorage throws)', `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`],
  ['full (every write throws)', `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`],
] as const) {
  test(`the quiz works when storage is ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(script);
    await openQuiz(page);
    const el = questionOf(page, 'single');
    await el.locator('input').first().check();
    await el.getByRole('button', { name: 'Controleer' }).click();
    await expect(el.locator('.question__result')).toBeVisible();
    await expect(page.getByText('kunnen op dit apparaat niet bewaard worden')).toBeVisible();
    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await expect(status(page)).toContainText('gewist');
    expect(errors).toEqual([]);
  });
}

test('without JavaScript the questions, answers and explanations are readable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  for (const q of quiz.questions) await expect(page.locator('.quiz h3').filter({ hasText: q.prompt })).toBeVisible();
  const details = page.locator('#quiz-static details');
  await expect(details).toHaveCount(quiz.questions.length);
  const q = first('single');
  await expect(page.getByText(q.explanation).first()).toBeHidden();
  await details.first().locator('summary').click();
  await expect(details.first()).toHaveAttribute('open', '');
  await context.close();
});

test('classroom mode shows one question per screen and reveals the answer on request', async ({ page }) => {
  await page.goto('/docenten/sextortion/14-15/');
  await page.getByRole('link', { name: 'Quiz klassikaal bespreken' }).click();
  await expect(page).toHaveURL(/\/docenten\/sextortion\/14-15\/klassikaal\/$/);
  await page.getByRole('button', { name: 'Start klassikaal' }).click();
  const dialog = await expectFirstQuestionThenRevealWithA(page, quiz);
  await page.keyboard.press('PageDown');
  await expect(dialog).toContainText(`Vraag 2 van ${quiz.questions.length}`);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(quiz.questions[1]!.prompt);
  await expect(dialog.getByRole('region', { name: 'Antwoord' })).toHaveCount(0);
  await page.keyboard.press('ArrowLeft');
  await expect(dialog).toContainText('Vraag 1 van');
  // A clicker has only forward and back: forward first shows the answer, then the next question.
  await expect(dialog.getByRole('region', { name: 'Antwoord' })).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(dialog.getByRole('region', { name: 'Antwoord' })).toBeVisible();
  await expect(dialog).toContainText('Vraag 1 van');
  await page.keyboard.press('PageDown');
  await expect(dialog).toContainText('Vraag 2 van');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start klassikaal' })).toBeFocused();
});
