/**
 * Helpers that read the prose of an MDX body. Masking replaces a region with spaces of the
 * same length, so that offsets (and line numbers) of what remains stay true.
 */
export const mask = (text: string, pattern: RegExp) => text.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));

/** The prose of a body: headings, component tags and code removed, markup signs dropped. */
export function proseOf(body: string): string {
  return body
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/gm, '');
}

export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/**
 * A whole-word pattern for a word or phrase. Letters, digits and hyphens count as part of a
 * word, so "Com" does not match inside "Com-netwerk" (which is listed on its own).
 */
export function wholeWord(word: string, flags = 'giu'): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, flags);
}
