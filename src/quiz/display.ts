import type { Question, QuestionOf } from '../curriculum/schemas/quiz.ts';
import { walkScenario } from './answers.ts';
import { questionSeed, shuffledIndexes } from './shuffle.ts';

/** The order in which options (or right-hand sides) appear, as indexes into the file's order. */
export function displayOrder(question: Question, quizSeed: number): number[] {
  const seed = questionSeed(quizSeed, question.id);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.shuffle ? shuffledIndexes(question.options.length, seed) : question.options.map((_, i) => i);
    case 'matching':
      return shuffledIndexes(question.pairs.length, seed);
    default:
      return [];
  }
}

/** Moves the item at `from` one place up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(order: number[], from: number, delta: -1 | 1): number[] {
  const to = from + delta;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The choices along one path to a good ending, for "Toon antwoord" on a scenario. */
export function goodPath(question: QuestionOf<'scenario'>): number[] {
  const good = new Set(question.endings.filter((e) => e.good).map((e) => e.id));
  const search = (path: number[]): number[] | null => {
    const { currentStep, ending } = walkScenario(question, path);
    if (ending) return good.has(ending.id) ? path : null;
    if (!currentStep) return null;
    for (let i = 0; i < currentStep.choices.length; i++) {
      const found = search([...path, i]);
      if (found) return found;
    }
    return null;
  };
  return search([]) ?? [];
}
