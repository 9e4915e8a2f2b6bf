import { z } from 'zod';
import { text, textList } from './common.ts';

/** The sections every lesson guide has, in this order (content guide). */
export const REQUIRED_GUIDE_SECTIONS = [
  'Voor je begint',
  'Gespreksvragen',
  'Als een leerling iets vertelt',
  'Differentiatie',
  'Achtergrond voor de docent',
  'Ouders',
  'Bronnen',
] as const;

const phaseSchema = z.strictObject({
  title: text('the name of the phase'),
  minutes: z.number({ error: 'expected minutes as a whole number' }).int().positive(),
  activity: text('what happens in this phase'),
});

/** Frontmatter of teacher-guides/<module>/<band>.mdx */
export const teacherGuideSchema = z
  .strictObject({
    title: text('the guide title'),
    description: text('a one-sentence description').max(200, { error: 'expected at most 200 characters' }),
    duration: z.number({ error: 'expected the lesson length in minutes' }).int().positive(),
    goals: textList('lesson goals', 2, 4),
    kerndoelen: z
      .array(z.number().int(), { error: 'expected a list of kerndoel numbers, such as [3, 8]' })
      .min(1, { error: 'expected at least one kerndoel' }),
    preparation: textList('preparation steps', 1, 10),
    materials: textList('materials', 1, 10),
    phases: z.array(phaseSchema).min(2, { error: 'expected at least two timed phases' }),
  })
  .superRefine((guide, ctx) => {
    const total = guide.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    if (total !== guide.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `expected the phases to add up to the duration (${guide.duration} minutes), but they add up to ${total}`,
      });
    }
  });
export type TeacherGuideMeta = z.infer<typeof teacherGuideSchema>;

/** Frontmatter of teacher-guides/algemeen/*.mdx */
export const generalGuideSchema = z.strictObject({
  title: text('the guide title'),
  description: text('a one-sentence description').max(200, { error: 'expected at most 200 characters' }),
  order: z.number({ error: 'expected a whole number for the order' }).int().positive(),
});
export type GeneralGuideMeta = z.infer<typeof generalGuideSchema>;
