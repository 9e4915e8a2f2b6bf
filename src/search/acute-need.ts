/**
 * Words that signal acute need ("iemand dreigt mijn foto te delen"). When a query holds one,
 * the help block goes above the results. The list is data: src/data/acute-need.yaml, checked
 * by acute-need-schema.ts at build time (kept apart so the browser needs no schema library).
 */
export interface AcuteNeedWords {
  /** A query word that starts with one of these counts ("dreig" matches "dreigt"). */
  prefixes: string[];
  /** Phrases that count when they occur in the query as whole words ("niet meer leven"). */
  phrases: string[];
}

export function signalsAcuteNeed(query: string, words: AcuteNeedWords): boolean {
  const lower = query.toLowerCase().normalize('NFC');
  const tokens = lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.some((t) => words.prefixes.some((p) => t.startsWith(p)))) return true;
  const spaced = ` ${tokens.join(' ')} `;
  return words.phrases.some((phrase) => spaced.includes(` ${phrase.toLowerCase()} `));
}
