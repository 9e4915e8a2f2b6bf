import { z } from 'zod';
import { text } from './common.ts';

/** Per age band, words that must not appear in pupil text (lesson and quiz). */
export const denyListSchema = z.record(
  z.string().regex(/^\d{2}-\d{2}$/, { error: 'expected an age band id such as "12-13"' }),
  z.array(
    z.strictObject({
      word: text('the word or phrase'),
      caseSensitive: z.boolean().default(false),
      why: z.string().optional(),
    }),
  ),
);
export type DenyList = z.infer<typeof denyListSchema>;
