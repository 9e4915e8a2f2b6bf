import type { Question } from '../curriculum/schemas/quiz.ts';
import { emptyAnswer, sanitizeAnswer, type Answer } from './answers.ts';
import { markQuestion, type Mark } from './marking.ts';
import type { SavedProgress } from './progress.ts';
import { questionSeed } from './shuffle.ts';

/**
 * The state of one quiz on screen. Every function returns a new state, so components only
 * assign the result and tests can replay any sequence of actions.
 */
export interface QuizState {
  seed: number;
  answers: Record<string, Answer>;
  checked: string[];
  revealed: string[];
}

const without = (list: string[], id: string) => list.filter((x) => x !== id);
const withId = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

export function initialState(questions: Question[], seed: number, saved: SavedProgress | null = null): QuizState {
  const useSeed = saved?.seed ?? seed;
  const ids = new Set(questions.map((q) => q.id));
  const answers: Record<string, Answer> = {};
  for (const q of questions) {
    const s = questionSeed(useSeed, q.id);
    answers[q.id] = saved && q.id in saved.answers ? sanitizeAnswer(q, saved.answers[q.id], s) : emptyAnswer(q, s);
  }
  return {
    seed: useSeed,
    answers,
    checked: (saved?.checked ?? []).filter((id) => ids.has(id)),
    revealed: (saved?.revealed ?? []).filter((id) => ids.has(id)),
  };
}

/** Changing an answer is only possible before it is checked (Try again unlocks it). */
export function setAnswer(state: QuizState, id: string, answer: Answer): QuizState {
  if (state.checked.includes(id)) return state;
  return { ...state, answers: { ...state.answers, [id]: answer } };
}

export function check(state: QuizState, id: string): QuizState {
  return { ...state, checked: withId(state.checked, id) };
}

export function retry(state: QuizState, question: Question): QuizState {
  return {
    ...state,
    answers: { ...state.answers, [question.id]: emptyAnswer(question, questionSeed(state.seed, question.id) + 1) },
    checked: without(state.checked, question.id),
    revealed: without(state.revealed, question.id),
  };
}

/** Show answer: the pupil's own answer is kept (and marked), the right one is shown beside it. */
export function reveal(state: QuizState, id: string): QuizState {
  return { ...state, checked: withId(state.checked, id), revealed: withId(state.revealed, id) };
}

export function marksOf(questions: Question[], state: QuizState): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const q of questions) {
    if (state.checked.includes(q.id)) marks.set(q.id, markQuestion(q, state.answers[q.id]!));
  }
  return marks;
}

export function toSaved(state: QuizState): SavedProgress {
  return { version: 1, seed: state.seed, answers: state.answers, checked: state.checked, revealed: state.revealed };
}

/** The sentence announced to screen readers after Check. */
export function announcement(position: number, mark: Mark, statusWords: Record<Mark['status'], string>): string {
  const points = mark.max > 0 && mark.status === 'partial' ? ` (${mark.score} van ${mark.max} punt)` : '';
  return `Vraag ${position}: ${statusWords[mark.status]}${points}. ${mark.feedback.join(' ')}`.trim();
}
