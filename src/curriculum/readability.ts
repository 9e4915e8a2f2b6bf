/**
 * Flesch-Douma, the Dutch adaptation of the Flesch reading ease:
 *   206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence).
 * Higher is easier; 60–70 is plain language for teenagers. The content guide sets a floor per
 * age band (src/data/age-bands.yaml).
 */
export interface Readability {
  score: number;
  words: number;
  sentences: number;
  syllables: number;
}

const VOWEL_GROUP = /[aeiouyàáâäèéêëìíîïòóôöùúûü]+/g;

/**
 * Syllables of a Dutch word, counted as groups of vowels ("ij", "ie", "oe", "eeu" are one
 * group). A diaeresis starts a new syllable (geïnteresseerd); a final silent "e" is rare in
 * Dutch, so no special case is needed.
 */
export function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[ëïöüä]/g, (ch) => ` ${ch}`);
  const groups = lower.match(VOWEL_GROUP)?.length ?? 0;
  return Math.max(1, groups);
}

export function sentencesOf(text: string): string[][] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    // A list item or heading without a full stop is still a sentence of its own.
    .map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`));
  return lines
    .join(' ')
    .split(/[.!?:;]+(?=\s|$)/)
    .map((sentence) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.filter((w) => /\p{L}/u.test(w)) ?? [])
    .filter((words) => words.length > 0);
}

export function fleschDouma(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flat();
  if (words.length === 0) return { score: 100, words: 0, sentences: 0, syllables: 0 };
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const score = 206.84 - 77 * (syllables / words.length) - 0.93 * (words.length / sentences.length);
  return { score: Math.round(score * 10) / 10, words: words.length, sentences: sentences.length, syllables };
}
