import { z } from 'zod';
import { slugId, text } from './common.ts';

export const glossaryEntrySchema = z.strictObject({
  id: slugId('a term id'),
  term: text('the term as shown'),
  forms: z
    .array(z.string().regex(/^[\p{Ll}\p{N}' -]+$/u, { error: 'expected word forms in lowercase' }))
    .min(1, { error: 'expected at least one word form to look for' }),
  definition: text('a short definition in plain Dutch'),
});
export const glossarySchema = z.array(glossaryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `expected a unique id, but "${entry.id}" is used twice` });
    seen.add(entry.id);
  });
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
