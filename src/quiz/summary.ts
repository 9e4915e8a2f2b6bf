import type { Question } from '../curriculum/schemas/quiz.ts';
import type { Mark } from './marking.ts';

export interface QuizSummary {
  /** Questions checked so far, reflection included. */
  answered: number;
  total: number;
  score: number;
  /** Points possible over the checked, marked questions. */
  max: number;
  /** Lesson sections (heading slugs) worth rereading, from questions not fully right. */
  reread: string[];
  /** Which warm sentence to show (text.ts): it values effort, never gives a verdict. */
  messageKey: 'progress' | 'complete' | 'mostly' | 'keepGoing';
}

export function summarise(questions: Question[], marks: Map<string, Mark>): QuizSummary {
  let score = 0;
  let max = 0;
  const reread: string[] = [];
  for (const q of questions) {
    const mark = marks.get(q.id);
    if (!mark) continue;
    score += mark.score;
    max += mark.max;
    if (q.section && mark.max > 0 && mark.score < mark.max && !reread.includes(q.section)) reread.push(q.section);
  }
  const answered = questions.filter((q) => marks.has(q.id)).length;
  return { answered, total: questions.length, score: Math.round(score * 10) / 10, max, reread, messageKey: messageFor(answered, questions.length, score, max) };
}

function messageFor(answered: number, total: number, score: number, max: number): QuizSummary['messageKey'] {
  if (answered < total) return 'progress';
  if (max === 0 || score >= max) return 'complete';
  return score >= max * 0.6 ? 'mostly' : 'keepGoing';
}
