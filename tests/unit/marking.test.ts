import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf } from '../../src/curriculum/schemas/quiz.ts';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { emptyAnswer, isAnswered, sanitizeAnswer } from '../../src/quiz/answers.ts';
import { markQuestion } from '../../src/quiz/marking.ts';

const parse = <T extends Question['type']>(q: unknown) => quizSchema.parse({ questions: [q] }).questions[0] as QuestionOf<T>;
const opt = (text: string, correct: boolean) => ({ text, correct, feedback: `fb-${text}` });

const single = parse<'single'>({ id: 's', type: 'single', prompt: 'P', explanation: 'E', options: [opt('a', false), opt('b', true), opt('c', false)] });
const multiple = parse<'multiple'>({
  id: 'm', type: 'multiple', prompt: 'P', explanation: 'E',
  options: [opt('a', true), opt('b', true), opt('c', false), opt('d', false)],
});
const trueFalse = parse<'truefalse'>({ id: 't', type: 'truefalse', prompt: 'P', explanation: 'E', answer: false, feedbackTrue: 'ft', feedbackFalse: 'ff' });
const ordering = parse<'ordering'>({ id: 'o', type: 'ordering', prompt: 'P', explanation: 'E', items: ['1', '2', '3', '4', '5'] });
const matching = parse<'matching'>({
  id: 'x', type: 'matching', prompt: 'P', explanation: 'E',
  pairs: [{ left: 'a', right: 'A' }, { left: 'b', right: 'B' }, { left: 'c', right: 'C' }, { left: 'd', right: 'D' }],
});
const scenario = parse<'scenario'>({
  id: 'sc', type: 'scenario', prompt: 'P', explanation: 'E', start: 'een',
  steps: [
    { id: 'een', text: '1', choices: [{ text: 'hulp', feedback: 'f-hulp', next: 'goed' }, { text: 'wacht', feedback: 'f-wacht', next: 'twee' }] },
    { id: 'twee', text: '2', choices: [{ text: 'toch hulp', feedback: 'f-toch', next: 'goed' }, { text: 'niets', feedback: 'f-niets', next: 'vast' }] },
  ],
  endings: [{ id: 'goed', text: 'G', good: true }, { id: 'vast', text: 'V', good: false }],
});
const reflection = parse<'reflection'>({ id: 'r', type: 'reflection', prompt: 'P', modelAnswer: 'M' });

describe('single choice', () => {
  it('scores the correct option and gives its feedback', () => {
    expect(markQuestion(single, { choice: 1 })).toEqual({ status: 'correct', score: 1, max: 1, feedback: ['fb-b'] });
  });
  it('gives feedback on a wrong option without points', () => {
    expect(markQuestion(single, { choice: 2 })).toEqual({ status: 'incorrect', score: 0, max: 1, feedback: ['fb-c'] });
  });
});

describe('multiple choice (partial credit: correct ticks minus wrong ticks, over the correct options)', () => {
  it('all correct and nothing wrong is full marks', () => {
    expect(markQuestion(multiple, { choices: [0, 1] })).toMatchObject({ status: 'correct', score: 1 });
  });
  it('half the correct options is half a point', () => {
    expect(markQuestion(multiple, { choices: [1] })).toMatchObject({ status: 'partial', score: 0.5, feedback: ['fb-b'] });
  });
  it('a wrong tick takes away what a right tick earns', () => {
    expect(markQuestion(multiple, { choices: [0, 1, 2] })).toMatchObject({ status: 'partial', score: 0.5 });
    expect(markQuestion(multiple, { choices: [0, 2] })).toMatchObject({ status: 'incorrect', score: 0 });
  });
  it('never goes below zero, so ticking everything does not pay', () => {
    expect(markQuestion(multiple, { choices: [2, 3] }).score).toBe(0);
    expect(markQuestion(multiple, { choices: [0, 1, 2, 3] }).score).toBe(0);
  });
  it('gives feedback for each ticked option in file order', () => {
    expect(markQuestion(multiple, { choices: [2, 0] }).feedback).toEqual(['fb-a', 'fb-c']);
  });
});

describe('true/false', () => {
  it('marks the right value and picks the matching feedback', () => {
    expect(markQuestion(trueFalse, { value: false })).toEqual({ status: 'correct', score: 1, max: 1, feedback: ['ff'] });
    expect(markQuestion(trueFalse, { value: true })).toEqual({ status: 'incorrect', score: 0, max: 1, feedback: ['ft'] });
  });
});

describe('ordering (partial credit: neighbouring pairs in the right order)', () => {
  it('the right order is full marks', () => {
    expect(markQuestion(ordering, { order: [0, 1, 2, 3, 4] })).toMatchObject({ status: 'correct', score: 1 });
  });
  it('one item moved keeps credit for the pairs that still follow each other', () => {
    // 1 2 3 5 4: pairs 1-2 and 2-3 are right, 3-5 and 5-4 are not -> 2 of 4.
    expect(markQuestion(ordering, { order: [0, 1, 2, 4, 3] })).toMatchObject({ status: 'partial', score: 0.5 });
  });
  it('a shifted block still earns credit, unlike position-by-position marking', () => {
    // 2 3 4 5 1: every item is out of place, but 3 of 4 pairs follow each other.
    expect(markQuestion(ordering, { order: [1, 2, 3, 4, 0] }).score).toBe(0.75);
  });
  it('the reverse order earns nothing', () => {
    expect(markQuestion(ordering, { order: [4, 3, 2, 1, 0] })).toMatchObject({ status: 'incorrect', score: 0 });
  });
  it('an invalid order earns nothing instead of throwing', () => {
    expect(markQuestion(ordering, { order: [0, 0, 1, 2, 3] }).score).toBe(0);
    expect(markQuestion(ordering, { order: [0, 1] }).score).toBe(0);
  });
});

describe('matching', () => {
  it('counts each right pair', () => {
    expect(markQuestion(matching, { matches: [0, 1, 2, 3] })).toMatchObject({ status: 'correct', score: 1 });
    expect(markQuestion(matching, { matches: [0, 1, 3, 2] })).toMatchObject({ status: 'partial', score: 0.5 });
    expect(markQuestion(matching, { matches: [1, 0, null, null] })).toMatchObject({ status: 'incorrect', score: 0 });
  });
});

describe('scenario', () => {
  it('a path to a good ending scores and collects the feedback of each choice', () => {
    expect(markQuestion(scenario, { path: [1, 0] })).toEqual({ status: 'correct', score: 1, max: 1, feedback: ['f-wacht', 'f-toch'] });
  });
  it('another ending does not score but still gives feedback', () => {
    expect(markQuestion(scenario, { path: [1, 1] })).toEqual({ status: 'incorrect', score: 0, max: 1, feedback: ['f-wacht', 'f-niets'] });
  });
  it('is only answered once an ending is reached', () => {
    expect(isAnswered(scenario, { path: [1] })).toBe(false);
    expect(isAnswered(scenario, { path: [0] })).toBe(true);
  });
});

describe('reflection', () => {
  it('is never scored', () => {
    expect(markQuestion(reflection, { text: 'Iets' })).toEqual({ status: 'unmarked', score: 0, max: 0, feedback: [] });
  });
});

describe('answers', () => {
  it('an empty answer is not answered, except an ordering, which always has an order', () => {
    for (const q of [single, multiple, trueFalse, matching, scenario, reflection]) expect(isAnswered(q, emptyAnswer(q))).toBe(false);
    expect(isAnswered(ordering, emptyAnswer(ordering))).toBe(true);
  });
  it('an ordering starts shuffled, with no points for free', () => {
    const starts = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const answer = emptyAnswer(ordering, seed) as { order: number[] };
      expect([...answer.order].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(markQuestion(ordering, answer).score).toBe(0);
      starts.add(answer.order.join());
    }
    expect(starts.size).toBeGreaterThan(5);
  });
  it('garbage from storage falls back to the empty answer', () => {
    expect(sanitizeAnswer(single, { choice: 9 })).toEqual({ choice: null });
    expect(sanitizeAnswer(single, 'nonsense')).toEqual({ choice: null });
    expect(sanitizeAnswer(multiple, { choices: ['a'] })).toEqual({ choices: [] });
    expect(sanitizeAnswer(trueFalse, { value: 'yes' })).toEqual({ value: null });
    expect(sanitizeAnswer(ordering, { order: [0, 0, 1, 2, 3] })).toEqual(emptyAnswer(ordering));
    expect(sanitizeAnswer(matching, { matches: [0] })).toEqual({ matches: [null, null, null, null] });
    expect(sanitizeAnswer(reflection, { text: 42 })).toEqual({ text: '' });
  });
  it('keeps a valid saved answer', () => {
    expect(sanitizeAnswer(multiple, { choices: [1, 0] })).toEqual({ choices: [1, 0] });
    expect(sanitizeAnswer(ordering, { order: [4, 3, 2, 1, 0] })).toEqual({ order: [4, 3, 2, 1, 0] });
  });
  it('cuts a saved scenario path back to where it still leads somewhere', () => {
    expect(sanitizeAnswer(scenario, { path: [1, 0, 3] })).toEqual({ path: [1, 0] });
  });
});
