import { z } from 'zod';
import type { AcuteNeedWords } from './acute-need.ts';

export const acuteNeedSchema = z.strictObject({
  prefixes: z.array(z.string().regex(/^[\p{Ll}]+$/u, { error: 'expected lowercase letters only' })).min(1),
  phrases: z.array(z.string().min(3)).default([]),
}) satisfies z.ZodType<AcuteNeedWords, unknown>;
