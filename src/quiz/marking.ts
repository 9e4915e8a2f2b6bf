import type { Question, QuestionOf } from '../curriculum/schemas/quiz.ts';
import { walkScenario, type Answer } from './answers.ts';

export type MarkStatus = 'correct' | 'partial' | 'incorrect' | 'unmarked';

export interface Mark {
  status: MarkStatus;
  /** Points earned, between 0 and `max`. */
  score: number;
  /** 1 for marked questions, 0 for reflection (which is never scored). */
  max: number;
  /** Feedback on each thing the pupil chose, in the order they appear. */
  feedback: string[];
}

/** How partial credit works, in the words shown to pupils. */
export const PARTIAL_CREDIT_RULES = {
  multiple:
    'Bij "kies alles wat klopt" telt elk goed vinkje mee. Een vinkje bij iets wat niet klopt, haalt er weer een stukje af. Minder dan nul punten kan niet.',
  ordering: 'Bij het op volgorde zetten krijg je punten voor elke twee stappen die goed na elkaar staan.',
  matching: 'Bij het koppelen telt elk goed paar mee.',
} as const;

/** The partial-credit rules that apply to a quiz, in the order of PARTIAL_CREDIT_RULES. */
export function partialCreditRulesFor(questions: Question[]): string[] {
  const types = new Set(questions.map((q) => q.type));
  return Object.entries(PARTIAL_CREDIT_RULES).filter(([type]) => types.has(type as Question['type'])).map(([, rule]) => rule);
}

const statusOf = (score: number): MarkStatus => (score >= 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect');
const round = (n: number) => Math.round(n * 100) / 100;

function markSingle(q: QuestionOf<'single'>, a: Answer<'single'>): Mark {
  const option = a.choice === null ? undefined : q.options[a.choice];
  const score = option?.correct ? 1 : 0;
  return { status: statusOf(score), score, max: 1, feedback: option ? [option.feedback] : [] };
}

/** Score = (correct ticks − wrong ticks) / number of correct options, never below 0. */
function markMultiple(q: QuestionOf<'multiple'>, a: Answer<'multiple'>): Mark {
  const chosen = new Set(a.choices.filter((i) => i >= 0 && i < q.options.length));
  const correctCount = q.options.filter((o) => o.correct).length;
  let hits = 0;
  let misses = 0;
  for (const i of chosen) (q.options[i]!.correct ? hits++ : misses++);
  const score = round(Math.max(0, (hits - misses) / correctCount));
  const feedback = q.options.flatMap((o, i) => (chosen.has(i) ? [o.feedback] : []));
  return { status: statusOf(score), score, max: 1, feedback };
}

function markTrueFalse(q: QuestionOf<'truefalse'>, a: Answer<'truefalse'>): Mark {
  if (a.value === null) return { status: 'incorrect', score: 0, max: 1, feedback: [] };
  const score = a.value === q.answer ? 1 : 0;
  return { status: statusOf(score), score, max: 1, feedback: [a.value ? q.feedbackTrue : q.feedbackFalse] };
}

/** Score = share of neighbouring pairs that stand in the right order (A directly before B). */
function markOrdering(q: QuestionOf<'ordering'>, a: Answer<'ordering'>): Mark {
  const n = q.items.length;
  const valid = a.order.length === n && new Set(a.order).size === n && a.order.every((i) => i >= 0 && i < n);
  if (!valid) return { status: 'incorrect', score: 0, max: 1, feedback: [] };
  let goodPairs = 0;
  for (let i = 0; i < n - 1; i++) if (a.order[i + 1] === a.order[i]! + 1) goodPairs++;
  const score = round(goodPairs / (n - 1));
  return { status: statusOf(score), score, max: 1, feedback: [] };
}

function markMatching(q: QuestionOf<'matching'>, a: Answer<'matching'>): Mark {
  const good = q.pairs.filter((_, i) => a.matches[i] === i).length;
  const score = round(good / q.pairs.length);
  return { status: statusOf(score), score, max: 1, feedback: [] };
}

/** A scenario is marked by where it ends: a good ending scores, another ending does not. */
function markScenario(q: QuestionOf<'scenario'>, a: Answer<'scenario'>): Mark {
  const { visited, ending } = walkScenario(q, a.path);
  const feedback = visited.map((step, i) => step.choices[a.path[i]!]!.feedback);
  const score = ending?.good ? 1 : 0;
  return { status: statusOf(score), score, max: 1, feedback };
}

export function markQuestion(question: Question, answer: Answer): Mark {
  switch (question.type) {
    case 'single':
      return markSingle(question, answer as Answer<'single'>);
    case 'multiple':
      return markMultiple(question, answer as Answer<'multiple'>);
    case 'truefalse':
      return markTrueFalse(question, answer as Answer<'truefalse'>);
    case 'ordering':
      return markOrdering(question, answer as Answer<'ordering'>);
    case 'matching':
      return markMatching(question, answer as Answer<'matching'>);
    case 'scenario':
      return markScenario(question, answer as Answer<'scenario'>);
    case 'reflection':
      return { status: 'unmarked', score: 0, max: 0, feedback: [] };
  }
}
