import { z } from 'zod';
import { text, verifiedDate } from './common.ts';

const url = z.url({ protocol: /^https$/, error: 'expected a full https:// address' });

export const helpResourceSchema = z
  .strictObject({
    name: text('the name of the service'),
    purpose: text('what the service helps with'),
    forWhom: text('who the service is for'),
    phone: z
      .array(
        z.strictObject({
          number: z.string().regex(/^[0-9][0-9 -]{1,14}[0-9]$/, {
            error: 'expected a phone number such as "0800-0432"',
          }),
          label: z.string().optional(),
          free: z.boolean().optional(),
        }),
      )
      .optional(),
    chat: url.optional(),
    web: url,
    hours: z.string().optional(),
    source: url,
    verified: verifiedDate,
  });
export const helpDataSchema = z.strictObject({
  emergency: z.strictObject({ number: z.string().regex(/^[0-9]{3}$/), text: text('the sentence before the number') }),
  resources: z.record(
    z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a key in lowercase letters, digits and hyphens' }),
    helpResourceSchema,
  ),
});
export type HelpData = z.infer<typeof helpDataSchema>;
export type HelpResource = z.infer<typeof helpResourceSchema>;
