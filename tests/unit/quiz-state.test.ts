import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { displayOrder, goodPath, moveItem } from '../../src/quiz/display.ts';
import { hashContent, stableJson } from '../../src/quiz/hash.ts';
import { announcement, check, initialState, marksOf, retry, reveal, setAnswer, toSaved } from '../../src/quiz/quiz-state.ts';
import { shuffledIndexes } from '../../src/quiz/shuffle.ts';
import { summarise } from '../../src/quiz/summary.ts';
import { QUIZ_TEXT, summaryMessage } from '../../src/quiz/text.ts';

const opt = (text: string, correct: boolean) => ({ text, correct, feedback: `fb-${text}` });
const quiz = quizSchema.parse({
  questions: [
    { id: 'een', type: 'single', prompt: 'P', explanation: 'E', section: 'deel-een', options: [opt('a', true), opt('b', false), opt('c', false)] },
    { id: 'twee', type: 'single', prompt: 'P', explanation: 'E', section: 'deel-twee', shuffle: false, options: [opt('a', false), opt('b', true)] },
    { id: 'drie', type: 'reflection', prompt: 'P', modelAnswer: 'M' },
  ],
});
const [q1, q2, q3] = quiz.questions as [typeof quiz.questions[0], typeof quiz.questions[0], typeof quiz.questions[0]];

describe('quiz state', () => {
  it('locks an answer after Check and unlocks it with Try again', () => {
    let state = initialState(quiz.questions, 7);
    state = check(setAnswer(state, 'een', { choice: 1 }), 'een');
    expect(setAnswer(state, 'een', { choice: 0 }).answers.een).toEqual({ choice: 1 });
    state = retry(state, q1);
    expect(state.checked).toEqual([]);
    expect(state.answers.een).toEqual({ choice: null });
  });

  it('Show answer keeps the pupil’s own answer and marks it', () => {
    const state = reveal(setAnswer(initialState(quiz.questions, 7), 'een', { choice: 2 }), 'een');
    expect(state.revealed).toEqual(['een']);
    expect(marksOf(quiz.questions, state).get('een')).toMatchObject({ status: 'incorrect', feedback: ['fb-c'] });
  });

  it('restores saved progress, dropping ids that are no longer in the quiz', () => {
    const saved = { version: 1 as const, seed: 99, answers: { een: { choice: 0 }, weg: { choice: 1 } }, checked: ['een', 'weg'], revealed: [] };
    const state = initialState(quiz.questions, 1, saved);
    expect(state.seed).toBe(99);
    expect(state.checked).toEqual(['een']);
    expect(state.answers.een).toEqual({ choice: 0 });
    expect(toSaved(state).answers).not.toHaveProperty('weg');
  });

  it('announces the result with the feedback', () => {
    const state = check(setAnswer(initialState(quiz.questions, 1), 'een', { choice: 0 }), 'een');
    expect(announcement(1, marksOf(quiz.questions, state).get('een')!, QUIZ_TEXT.status)).toBe('Vraag 1: Goed. fb-a');
  });
});

describe('summary', () => {
  it('values effort and points to the sections to reread', () => {
    let state = initialState(quiz.questions, 1);
    state = check(setAnswer(state, 'een', { choice: 1 }), 'een');
    let summary = summarise(quiz.questions, marksOf(quiz.questions, state));
    expect(summary).toMatchObject({ answered: 1, total: 3, score: 0, max: 1, reread: ['deel-een'] });
    expect(summaryMessage(summary, QUIZ_TEXT)).toBe('Je hebt 1 van de 3 vragen gedaan. Ga rustig door.');
    state = check(setAnswer(state, 'twee', { choice: 1 }), 'twee');
    state = check(setAnswer(state, 'drie', { text: 'Mijn idee' }), 'drie');
    summary = summarise(quiz.questions, marksOf(quiz.questions, state));
    expect(summary).toMatchObject({ answered: 3, score: 1, max: 2, reread: ['deel-een'] });
    expect(summary.messageKey).toBe('keepGoing');
    expect(summaryMessage(summary, QUIZ_TEXT)).toMatch(/^Fijn dat je alle vragen hebt gemaakt/);
    expect(summaryMessage(summary, QUIZ_TEXT)).not.toMatch(/fout/i);
  });
});

describe('display order', () => {
  it('shuffles options when allowed, the same way for the same seed', () => {
    expect(displayOrder(q1, 5)).toEqual(displayOrder(q1, 5));
    expect([...displayOrder(q1, 5)].sort()).toEqual([0, 1, 2]);
    const orders = new Set(Array.from({ length: 30 }, (_, seed) => displayOrder(q1, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('keeps the file order when the author says shuffle: false', () => {
    for (let seed = 0; seed < 10; seed++) expect(displayOrder(q2, seed)).toEqual([0, 1]);
    expect(displayOrder(q3, 1)).toEqual([]);
  });
  it('a shuffled order is a permutation', () => {
    expect([...shuffledIndexes(10, 3)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('moves ordering items one place and ignores moves off the ends', () => {
    expect(moveItem([0, 1, 2], 1, -1)).toEqual([1, 0, 2]);
    expect(moveItem([0, 1, 2], 1, 1)).toEqual([0, 2, 1]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 2, 1)).toEqual([0, 1, 2]);
  });
  it('finds a path to a good ending', () => {
    const scenario = quizSchema.parse({
      questions: [{
        id: 'sc', type: 'scenario', prompt: 'P', explanation: 'E', start: 'a',
        steps: [
          { id: 'a', text: 'A', choices: [{ text: '1', feedback: 'f', next: 'b' }, { text: '2', feedback: 'f', next: 'slecht' }] },
          { id: 'b', text: 'B', choices: [{ text: '1', feedback: 'f', next: 'slecht' }, { text: '2', feedback: 'f', next: 'goed' }] },
        ],
        endings: [{ id: 'goed', text: 'G', good: true }, { id: 'slecht', text: 'S', good: false }],
      }],
    }).questions[0]!;
    expect(goodPath(scenario as never)).toEqual([0, 1]);
  });
});

describe('quiz hash', () => {
  it('ignores key order but changes with the content', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(hashContent({ a: 1, b: 2 })).toBe(hashContent({ b: 2, a: 1 }));
    expect(hashContent(quiz)).not.toBe(hashContent({ ...quiz, title: 'anders' }));
    expect(hashContent(quiz)).toMatch(/^[0-9a-f]{8}$/);
  });
});
