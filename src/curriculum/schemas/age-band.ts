import { z } from 'zod';
import { text } from './common.ts';

export const ageBandSchema = z.strictObject({
  id: z.string().regex(/^\d{2}-\d{2}$/, { error: 'expected an id such as "12-13"' }),
  label: text('a label such as "12–13 jaar"'),
  grades: text('the school years, such as "klas 1–2"'),
  readabilityFloor: z.number().min(0).max(100),
});
export const ageBandsSchema = z.array(ageBandSchema).min(1);
export type AgeBand = z.infer<typeof ageBandSchema>;
