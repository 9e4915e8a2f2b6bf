import { z } from 'zod';
import { text } from './common.ts';

/** lessons/<module>/module.yaml */
export const moduleSchema = z.strictObject({
  title: text('the module title'),
  summary: text('a one or two sentence summary').max(300, { error: 'expected at most 300 characters' }),
  order: z.number({ error: 'expected a whole number for the order on the site' }).int().positive(),
  themes: z.array(text('a theme')).min(1, { error: 'expected at least one theme' }),
});
export type ModuleMeta = z.infer<typeof moduleSchema>;
