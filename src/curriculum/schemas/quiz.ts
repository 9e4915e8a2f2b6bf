import { z } from 'zod';
import { scenarioProblems } from '../scenario-graph.ts';
import { slugId, text } from './common.ts';

const optionSchema = z.strictObject({
  text: text('the option text'),
  correct: z.boolean({ error: 'expected correct: true or false' }),
  feedback: text('feedback that explains why this option is or is not right'),
});

const base = {
  id: slugId('a question id'),
  prompt: text('the question'),
  /** Slug of the lesson heading to reread after a wrong answer (may hold accented letters). */
  section: z
    .string()
    .regex(/^[\p{Ll}\p{N}]+(-[\p{Ll}\p{N}]+)*$/u, { error: 'expected the slug of a lesson heading, such as "de-zes-stappen"' })
    .optional(),
  explanation: text('an explanation shown after checking'),
};

const singleSchema = z
  .strictObject({
    ...base,
    type: z.literal('single'),
    shuffle: z.boolean().default(true),
    options: z.array(optionSchema).min(2, { error: 'expected at least two options' }).max(6),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    path: ['options'],
    error: 'expected exactly one option with correct: true in a single-choice question',
  });

const multipleSchema = z
  .strictObject({
    ...base,
    type: z.literal('multiple'),
    shuffle: z.boolean().default(true),
    options: z.array(optionSchema).min(2, { error: 'expected at least two options' }).max(8),
  })
  .refine((q) => q.options.some((o) => o.correct), {
    path: ['options'],
    error: 'expected at least one option with correct: true in a multiple-choice question',
  });

const trueFalseSchema = z.strictObject({
  ...base,
  type: z.literal('truefalse'),
  answer: z.boolean({ error: 'expected answer: true or false' }),
  feedbackTrue: text('feedback for the answer "waar"'),
  feedbackFalse: text('feedback for the answer "niet waar"'),
});

const orderingSchema = z
  .strictObject({
    ...base,
    type: z.literal('ordering'),
    items: z
      .array(text('a step'))
      .min(3, { error: 'expected at least 3 items to put in order' })
      .max(7, { error: 'expected at most 7 items' }),
  })
  .refine((q) => new Set(q.items).size === q.items.length, {
    path: ['items'],
    error: 'expected every item to be different',
  });

const matchingSchema = z
  .strictObject({
    ...base,
    type: z.literal('matching'),
    pairs: z
      .array(z.strictObject({ left: text('the left side'), right: text('the right side') }))
      .min(2, { error: 'expected at least 2 pairs' })
      .max(6, { error: 'expected at most 6 pairs' }),
  })
  .refine((q) => new Set(q.pairs.map((p) => p.right)).size === q.pairs.length, {
    path: ['pairs'],
    error: 'expected every right side to be different, so that each has one match',
  });

const scenarioSchema = z
  .strictObject({
    ...base,
    type: z.literal('scenario'),
    start: slugId('the id of the first step'),
    steps: z
      .array(
        z.strictObject({
          id: slugId('a step id'),
          text: text('what happens in this step'),
          choices: z
            .array(
              z.strictObject({
                text: text('the choice'),
                feedback: text('feedback on this choice'),
                next: slugId('the id of the next step or ending'),
              }),
            )
            .min(2, { error: 'expected at least 2 choices' })
            .max(4, { error: 'expected at most 4 choices' }),
        }),
      )
      .min(1)
      .max(6),
    endings: z
      .array(
        z.strictObject({
          id: slugId('an ending id'),
          text: text('how this path ends'),
          good: z.boolean({ error: 'expected good: true or false' }),
        }),
      )
      .min(1),
  })
  .superRefine((q, ctx) => {
    for (const problem of scenarioProblems(q)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

const reflectionSchema = z.strictObject({
  id: base.id,
  prompt: base.prompt,
  section: base.section,
  type: z.literal('reflection'),
  modelAnswer: text('a model answer to compare with'),
});

export const questionSchema = z.discriminatedUnion(
  'type',
  [singleSchema, multipleSchema, trueFalseSchema, orderingSchema, matchingSchema, scenarioSchema, reflectionSchema],
  { error: 'expected type to be one of: single, multiple, truefalse, ordering, matching, scenario, reflection' },
);

export const quizSchema = z
  .strictObject({
    title: z.string().optional(),
    questions: z
      .array(questionSchema)
      .min(1, { error: 'expected at least one question' })
      .max(12, { error: 'expected at most 12 questions' }),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `expected a unique id, but "${q.id}" is used twice`,
        });
      }
      seen.add(q.id);
    });
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
