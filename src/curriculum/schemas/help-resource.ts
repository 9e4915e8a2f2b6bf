import { z } from 'zod';
import { slugId, text, verifiedDate } from './common.ts';

const url = z.url({ protocol: /^https$/, error: 'expected a full https:// address' });

export const helpResourceSchema = z
  .strictObject({
    name: text('the name of the service'),
    /** Other names the text of lessons uses for this service, e.g. an abbreviation ("LSE"). */
    alsoKnownAs: z.array(text('another name of the service')).optional(),
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
const key = z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a key in lowercase letters, digits and hyphens' });

/** src/data/help-resources.yaml (the Netherlands, the default) and src/data/regions/<region>.yaml */
export const helpDataSchema = z.strictObject({
  region: z.strictObject({ id: slugId('the region id'), name: text('the region name, as pupils say it') }),
  /** Shown on lessons and guides of a regional edition: the lessons were written for the Netherlands. */
  editionNote: text('a note for pupils and teachers about this edition').optional(),
  /**
   * Only in a regional file: for every key that lessons use (the keys of the Dutch file), the key
   * of the resource in this file that takes its place.
   */
  standsFor: z.record(key, key).optional(),
  emergency: z.strictObject({ number: z.string().regex(/^[0-9]{3}$/), text: text('the sentence before the number') }),
  resources: z.record(key, helpResourceSchema),
});
export type HelpData = z.infer<typeof helpDataSchema>;
export type HelpResource = z.infer<typeof helpResourceSchema>;
