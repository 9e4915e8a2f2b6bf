import { z } from 'zod';
import { text, verifiedDate } from './common.ts';

export const kerndoelenSchema = z.strictObject({
  source: z.strictObject({ name: text('the source name'), url: z.url(), verified: verifiedDate }),
  goals: z
    .array(
      z.strictObject({
        id: z.number().int().positive(),
        domain: text('the domain'),
        title: text('the title of the goal'),
      }),
    )
    .min(1),
});
export type Kerndoelen = z.infer<typeof kerndoelenSchema>;
