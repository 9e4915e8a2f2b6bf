import type { QuestionType } from '../curriculum/schemas/quiz.ts';
import type { MarkStatus } from './marking.ts';
import type { QuizSummary } from './summary.ts';

/**
 * The words of the quiz, in Dutch. The page hands them to the island as data, so the
 * script carries no text and a translation is this one file.
 */
export const QUIZ_TEXT = {
  hints: {
    single: 'Kies één antwoord.',
    multiple: 'Kies alles wat klopt. Er kunnen meer goede antwoorden zijn.',
    truefalse: 'Klopt deze zin?',
    ordering: 'Zet de stappen in de goede volgorde met de knoppen Omhoog en Omlaag.',
    matching: 'Kies bij elk onderdeel wat erbij hoort.',
    scenario: 'Kies steeds wat jij zou doen. Je ziet meteen wat er dan gebeurt.',
    reflection: 'Schrijf je antwoord op. Er is geen goed of fout. Daarna zie je een voorbeeldantwoord.',
  } satisfies Record<QuestionType, string>,
  status: {
    correct: 'Goed',
    partial: 'Deels goed',
    incorrect: 'Nog niet goed',
    unmarked: 'Bewaard',
  } satisfies Record<MarkStatus, string>,
  messages: {
    notAnswered: 'Vraag {position}: kies of schrijf eerst een antwoord.',
    retry: 'Vraag {position}: probeer het opnieuw.',
    revealed: 'Vraag {position}: het antwoord staat nu onder de vraag.',
    wiped: 'Je antwoorden zijn gewist. Je kunt opnieuw beginnen.',
    notSaved: 'Je antwoorden kunnen op dit apparaat niet bewaard worden. De vragen werken gewoon.',
  },
  summary: {
    progress: 'Je hebt {answered} van de {total} vragen gedaan. Ga rustig door.',
    complete: 'Goed gedaan! Je hebt alle vragen gemaakt en je weet waar je op moet letten.',
    mostly: 'Goed gedaan dat je alle vragen hebt gemaakt. Kijk nog even naar de stukken hieronder, dan weet je het zeker.',
    keepGoing: 'Fijn dat je alle vragen hebt gemaakt. Dit is lastige stof. Lees de stukken hieronder nog eens, en probeer het daarna opnieuw.',
  } satisfies Record<QuizSummary['messageKey'], string>,
};
export type QuizText = typeof QUIZ_TEXT;

/** Fills "{name}" placeholders from `values`. */
export function fill(template: string, values: Record<string, string | number | unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}

export function summaryMessage(summary: QuizSummary, text: QuizText): string {
  return fill(text.summary[summary.messageKey], { ...summary });
}
