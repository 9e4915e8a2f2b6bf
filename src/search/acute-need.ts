import { z } from 'zod';

/**
 * Words that signal acute need ("iemand dreigt mijn foto te delen"). When a query holds one,
 * the help block goes above the results. The list is data: src/data/acute-need.yaml.
 */
export const acuteNeedSchema = z.strictObject({
  /** A query word that starts with one of these counts ("dreig" matches "dreigt", "bedreigd" needs its own). */
  prefixes: z.array(z.string().regex(/^[\p{Ll}]+$/u, { error: 'expected lowercase letters only' })).min(1),
  /** Phrases that count when they occur in the query as a whole ("niet meer leven"). */
  phrases: z.array(z.string().min(3)).default([]),
});
export type AcuteNeedWords = z.infer<typeof acuteNeedSchema>;

export function signalsAcuteNeed(query: string, words: AcuteNeedWords): boolean {
  const lower = query.toLowerCase().normalize('NFC');
  const tokens = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.some((t) => words.prefixes.some((p) => t.startsWith(p)))) return true;
  const spaced = ` ${tokens.join(' ')} `;
  return words.phrases.some((phrase) => spaced.includes(` ${phrase.toLowerCase()} `));
}
