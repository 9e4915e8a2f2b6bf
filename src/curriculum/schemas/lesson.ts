import { z } from 'zod';
import { text, textList } from './common.ts';

/** Frontmatter of lessons/<module>/<band>.mdx */
export const lessonSchema = z.strictObject({
  title: text('the lesson title'),
  description: text('a one-sentence description').max(200, { error: 'expected at most 200 characters' }),
  readingMinutes: z
    .number({ error: 'expected the reading time in minutes, a whole number' })
    .int({ error: 'expected a whole number of minutes' })
    .min(5, { error: 'expected at least 5 minutes of reading' })
    .max(20, { error: 'expected at most 20 minutes of reading' }),
  notice: text('the content notice: what this lesson covers'),
  goals: textList('goals ("Wat leer je?")', 2, 4),
  recap: textList('summary points ("Samengevat")', 3, 5),
  help: z
    .array(z.string(), { error: 'expected a list of help resource keys, such as [helpwanted, politie]' })
    .min(1, { error: 'expected at least one help resource key' }),
});
export type LessonMeta = z.infer<typeof lessonSchema>;
