import type { Question, QuestionType } from '../curriculum/schemas/quiz.ts';
import { shuffledIndexes } from './shuffle.ts';

/**
 * What a pupil has answered, per question type. Indexes always refer to the order in the
 * quiz file, never to the shuffled order on screen, so saved answers survive a reshuffle.
 */
export interface AnswerByType {
  single: { choice: number | null };
  multiple: { choices: number[] };
  truefalse: { value: boolean | null };
  /** Item indexes in the order the pupil put them. */
  ordering: { order: number[] };
  /** For each left side (by index), the index of the chosen right side, or null. */
  matching: { matches: (number | null)[] };
  /** The choice index made at each step along the path, from the start. */
  scenario: { path: number[] };
  reflection: { text: string };
}
export type Answer<T extends QuestionType = QuestionType> = AnswerByType[T];

/** The answer a question starts with: nothing chosen yet. */
export function emptyAnswer(question: Question, orderSeed = 0): Answer {
  switch (question.type) {
    case 'single':
      return { choice: null };
    case 'multiple':
      return { choices: [] };
    case 'truefalse':
      return { value: null };
    case 'ordering':
      // Start from a shuffled order that earns nothing yet (see startingOrder).
      return { order: startingOrder(question.items.length, orderSeed) };
    case 'matching':
      return { matches: question.pairs.map(() => null) };
    case 'scenario':
      return { path: [] };
    case 'reflection':
      return { text: '' };
  }
}

/**
 * A seeded shuffle in which no two steps already follow each other correctly, so the
 * starting order scores nothing under the neighbouring-pairs rule. Falls back to the
 * reverse order, which never has a correct pair.
 */
export function startingOrder(n: number, seed: number): number[] {
  for (let attempt = 0; attempt < 20; attempt++) {
    const order = shuffledIndexes(n, seed + attempt);
    if (order.every((item, i) => i === 0 || order[i - 1]! + 1 !== item)) return order;
  }
  return Array.from({ length: n }, (_, i) => n - 1 - i);
}

/** True when the pupil has given enough to be checked. */
export function isAnswered(question: Question, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
      return (answer as Answer<'single'>).choice !== null;
    case 'multiple':
      return (answer as Answer<'multiple'>).choices.length > 0;
    case 'truefalse':
      return (answer as Answer<'truefalse'>).value !== null;
    case 'ordering':
      return true;
    case 'matching':
      return (answer as Answer<'matching'>).matches.every((m) => m !== null);
    case 'scenario':
      return scenarioEnding(question, (answer as Answer<'scenario'>).path) !== undefined;
    case 'reflection':
      return (answer as Answer<'reflection'>).text.trim().length > 0;
  }
}

type Scenario = Extract<Question, { type: 'scenario' }>;

/** The steps visited along a path of choices, and where the path stands now. */
export function walkScenario(question: Scenario, path: number[]) {
  const steps = new Map(question.steps.map((s) => [s.id, s]));
  const endings = new Map(question.endings.map((e) => [e.id, e]));
  const visited = [] as Scenario['steps'][number][];
  let current: string = question.start;
  for (const choiceIndex of path) {
    const step = steps.get(current);
    const choice = step?.choices[choiceIndex];
    if (!step || !choice) break;
    visited.push(step);
    current = choice.next;
  }
  return { visited, currentStep: steps.get(current), ending: endings.get(current) };
}

export function scenarioEnding(question: Scenario, path: number[]) {
  return walkScenario(question, path).ending;
}

const isIndex = (v: unknown, n: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < n;

/**
 * A saved answer, checked against the question: anything that does not fit (garbage in
 * storage, an answer from another version) falls back to the empty answer.
 */
export function sanitizeAnswer(question: Question, raw: unknown, orderSeed = 0): Answer {
  const empty = emptyAnswer(question, orderSeed);
  if (!raw || typeof raw !== 'object') return empty;
  const r = raw as Record<string, unknown>;
  switch (question.type) {
    case 'single':
      return r.choice === null || isIndex(r.choice, question.options.length) ? { choice: r.choice as number | null } : empty;
    case 'multiple': {
      const ok = Array.isArray(r.choices) && r.choices.every((c) => isIndex(c, question.options.length));
      return ok ? { choices: [...new Set(r.choices as number[])] } : empty;
    }
    case 'truefalse':
      return r.value === null || typeof r.value === 'boolean' ? { value: r.value } : empty;
    case 'ordering': {
      const n = question.items.length;
      const ok = Array.isArray(r.order) && r.order.length === n && new Set(r.order).size === n && r.order.every((i) => isIndex(i, n));
      return ok ? { order: [...(r.order as number[])] } : empty;
    }
    case 'matching': {
      const n = question.pairs.length;
      const ok = Array.isArray(r.matches) && r.matches.length === n && r.matches.every((m) => m === null || isIndex(m, n));
      return ok ? { matches: [...(r.matches as (number | null)[])] } : empty;
    }
    case 'scenario': {
      const ok = Array.isArray(r.path) && r.path.every((c) => isIndex(c, 4));
      if (!ok) return empty;
      // Keep only the part of the path that still leads somewhere in this scenario.
      const path = r.path as number[];
      return { path: path.slice(0, walkScenario(question, path).visited.length) };
    }
    case 'reflection':
      return typeof r.text === 'string' ? { text: r.text.slice(0, 5000) } : empty;
  }
}
