import { describe, expect, it } from 'vitest';
import { problemsFromZod } from '../../src/curriculum/problems.ts';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';

const option = (text: string, correct: boolean) => ({ text, correct, feedback: `Uitleg bij ${text}.` });
const single = { id: 'a', type: 'single', prompt: 'Vraag?', explanation: 'Uitleg.', options: [option('ja', true), option('nee', false)] };
const scenario = {
  id: 's',
  type: 'scenario',
  prompt: 'Wat doe je?',
  explanation: 'Uitleg.',
  start: 'begin',
  steps: [{ id: 'begin', text: 'Start.', choices: [{ text: 'A', feedback: 'f', next: 'goed' }, { text: 'B', feedback: 'f', next: 'slecht' }] }],
  endings: [{ id: 'goed', text: 'Goed.', good: true }, { id: 'slecht', text: 'Minder.', good: false }],
};

const issues = (quiz: unknown) => {
  const result = quizSchema.safeParse(quiz);
  return result.success ? [] : problemsFromZod('quizzes/x/14-15.yaml', result.error).map((p) => `${p.field}: ${p.message}`);
};

describe('quiz schema', () => {
  it('accepts every question type', () => {
    const quiz = {
      questions: [
        single,
        { ...single, id: 'b', type: 'multiple', options: [option('x', true), option('y', true), option('z', false)] },
        { id: 'c', type: 'truefalse', prompt: 'Klopt dit?', answer: false, feedbackTrue: 'Nee.', feedbackFalse: 'Klopt.', explanation: 'E.' },
        { id: 'd', type: 'ordering', prompt: 'Volgorde?', items: ['1', '2', '3'], explanation: 'E.' },
        { id: 'e', type: 'matching', prompt: 'Koppel.', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }], explanation: 'E.' },
        scenario,
        { id: 'g', type: 'reflection', prompt: 'Wat vind jij?', modelAnswer: 'Bijvoorbeeld.' },
      ],
    };
    expect(issues(quiz)).toEqual([]);
    expect(quizSchema.parse(quiz).questions[0]).toMatchObject({ shuffle: true });
  });

  it('needs exactly one correct option in a single-choice question', () => {
    const two = { ...single, options: [option('ja', true), option('ook', true)] };
    expect(issues({ questions: [two] })).toContain('questions.0.options: expected exactly one option with correct: true in a single-choice question');
  });

  it('needs at least one correct option in a multiple-choice question', () => {
    const none = { ...single, type: 'multiple', options: [option('x', false), option('y', false)] };
    expect(issues({ questions: [none] })).toContain('questions.0.options: expected at least one option with correct: true in a multiple-choice question');
  });

  it('needs feedback on every option', () => {
    const bare = { ...single, options: [option('ja', true), { text: 'nee', correct: false }] };
    expect(issues({ questions: [bare] }).join()).toMatch(/questions\.0\.options\.1\.feedback: expected feedback/);
  });

  it('needs unique question ids', () => {
    expect(issues({ questions: [single, single] })).toContain('questions.1.id: expected a unique id, but "a" is used twice');
  });

  it('names the allowed types for an unknown type', () => {
    expect(issues({ questions: [{ ...single, type: 'essay' }] }).join()).toMatch(/expected type to be one of: single, multiple/);
  });

  it('rejects a scenario step that cannot be reached', () => {
    const orphan = { ...scenario, steps: [...scenario.steps, { id: 'los', text: 'Los.', choices: [{ text: 'A', feedback: 'f', next: 'goed' }, { text: 'B', feedback: 'f', next: 'goed' }] }] };
    expect(issues({ questions: [orphan] })).toContain('questions.0.steps.1: expected every step to be reachable from the start, but "los" is not');
  });

  it('rejects a scenario path that never ends', () => {
    const loop = {
      ...scenario,
      steps: [
        { id: 'begin', text: 'Start.', choices: [{ text: 'A', feedback: 'f', next: 'twee' }, { text: 'B', feedback: 'f', next: 'goed' }] },
        { id: 'twee', text: 'Twee.', choices: [{ text: 'Terug', feedback: 'f', next: 'begin' }, { text: 'Einde', feedback: 'f', next: 'slecht' }] },
      ],
    };
    expect(issues({ questions: [loop] }).join()).toMatch(/can loop back to itself/);
  });

  it('rejects a scenario choice that points nowhere', () => {
    const broken = { ...scenario, steps: [{ ...scenario.steps[0]!, choices: [{ text: 'A', feedback: 'f', next: 'nergens' }, scenario.steps[0]!.choices[1]!] }] };
    expect(issues({ questions: [broken] })).toContain('questions.0.steps.0.choices.0.next: expected the id of a step or an ending, but "nergens" does not exist');
  });

  it('rejects a matching question with two equal right sides', () => {
    const q = { id: 'm', type: 'matching', prompt: 'K', explanation: 'E', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '1' }] };
    expect(issues({ questions: [q] }).join()).toMatch(/every right side to be different/);
  });
});
