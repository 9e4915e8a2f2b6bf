import { lineOf, wholeWord } from './mdx-text.ts';
import type { DenyList } from './schemas/deny-list.ts';

export interface DeniedWord {
  line: number;
  word: string;
  why?: string;
}

/** Words of the band's deny list that occur in a text, with their line. */
export function deniedWordsIn(text: string, band: string, denyList: DenyList): DeniedWord[] {
  const found: (DeniedWord & { index: number })[] = [];
  for (const entry of denyList[band] ?? []) {
    for (const match of text.matchAll(wholeWord(entry.word, entry.caseSensitive ? 'gu' : 'giu'))) {
      found.push({ index: match.index, line: lineOf(text, match.index), word: match[0], why: entry.why });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ index: _, ...hit }) => hit);
}
