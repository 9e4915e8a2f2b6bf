import { expect, type Page } from '@playwright/test';
import type { Quiz } from '../../src/curriculum/schemas/quiz.ts';

/**
 * Classroom mode has just opened (from its own page or from a presentation): question 1 of the
 * quiz is shown without its answer, and A reveals the answer. Returns the dialog.
 */
export async function expectFirstQuestionThenRevealWithA(page: Page, quiz: Quiz) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Vraag 1 van ${quiz.questions.length}`);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(quiz.questions[0]!.prompt);
  await expect(dialog.getByRole('region', { name: 'Antwoord' })).toHaveCount(0);
  await page.keyboard.press('a');
  await expect(dialog.getByRole('region', { name: 'Antwoord' })).toBeVisible();
  return dialog;
}
