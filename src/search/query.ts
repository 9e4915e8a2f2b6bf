import type lunr from 'lunr';
import type { SearchStore, StoreRow } from './index-builder.ts';
import { dutchStem, nlLunr } from './lunr-nl.ts';

export interface SearchFilters {
  band?: string;
  module?: string;
  type?: string;
}

/** A piece of text, marked when it matched the query; rendered as text, never as HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

export interface SearchResult {
  url: string;
  type: StoreRow[2];
  band: string | null;
  module: string | null;
  title: Segment[];
  summary: Segment[];
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a query, lowercased. Everything else (lunr's own syntax such as : ~ ^ + - *,
 * quotes, HTML) is dropped, so odd input can never be read as a query command.
 */
export function queryWords(raw: string): string[] {
  return [...new Set(raw.toLowerCase().match(WORD) ?? [])].slice(0, 12);
}

/** Words that carry meaning: single letters and stop words ("mijn", "te") are left out. */
function meaningfulWords(words: string[]): string[] {
  return words.filter((w) => w.length > 1 && dutchStem(w) !== '');
}

export function runSearch(index: lunr.Index, store: SearchStore, raw: string, filters: SearchFilters = {}, limit = 30): SearchResult[] {
  const words = meaningfulWords(queryWords(raw));
  if (!words.length) return [];
  let hits: lunr.Index.Result[];
  try {
    hits = index.query((q) => {
      for (const word of words) {
        const stem = dutchStem(word);
        // The stemmed word counts most; then its start (results while typing), then one typo.
        q.term(word, { usePipeline: true, boost: 10 });
        if (stem.length >= 3) q.term(stem, { usePipeline: false, wildcard: nlLunr.Query.wildcard.TRAILING, boost: 3 });
        if (stem.length >= 5) q.term(stem, { usePipeline: false, editDistance: 1, boost: 1 });
      }
    });
  } catch {
    return [];
  }
  const stems = words.map(dutchStem);
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const row = store.rows[Number(hit.ref)];
    if (!row) continue;
    const [url, title, type, band, module, summary] = row;
    if (filters.type && filters.type !== type) continue;
    if (filters.module && filters.module !== module) continue;
    // A band filter keeps documents for every age (glossary, help, general guides).
    if (filters.band && band !== null && filters.band !== band) continue;
    results.push({ url, type, band, module, title: highlight(title, words, stems), summary: highlight(summary, words, stems), score: hit.score });
    if (results.length >= limit) break;
  }
  return results;
}

/** Splits text into segments, marking words whose stem or start matches a query word. */
export function highlight(text: string, words: string[], stems: string[]): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase();
    const stem = dutchStem(lower);
    const hit =
      (stem !== '' && stems.includes(stem)) ||
      words.some((w) => w.length >= 3 && lower.startsWith(w)) ||
      stems.some((s) => s.length >= 4 && lower.startsWith(s));
    if (!hit) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), match: false });
    segments.push({ text: match[0], match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
