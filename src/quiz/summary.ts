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
  /** A warm sentence that values effort, never a verdict. */
  message: string;
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
  return { answered, total: questions.length, score: Math.round(score * 10) / 10, max, reread, message: messageFor(answered, questions.length, score, max) };
}

function messageFor(answered: number, total: number, score: number, max: number): string {
  if (answered < total) return `Je hebt ${answered} van de ${total} vragen gedaan. Ga rustig door.`;
  if (max === 0 || score >= max) return 'Goed gedaan! Je hebt alle vragen gemaakt en je weet waar je op moet letten.';
  if (score >= max * 0.6) return 'Goed gedaan dat je alle vragen hebt gemaakt. Kijk nog even naar de stukken hieronder, dan weet je het zeker.';
  return 'Fijn dat je alle vragen hebt gemaakt. Dit is lastige stof. Lees de stukken hieronder nog eens, en probeer het daarna opnieuw.';
}
