import type { SearchDocument } from './documents.ts';
import { nlLunr } from './lunr-nl.ts';

/** The compact store: one row per document, in index order (the ref is the row number). */
export type StoreRow = [url: string, title: string, type: SearchDocument['type'], band: string | null, module: string | null, summary: string];
export interface SearchStore {
  rows: StoreRow[];
}

export const TITLE_BOOST = 10;

/** Builds the lunr index (Dutch stemming and stop words; titles weigh more) and the store. */
export function buildSearchIndex(documents: SearchDocument[]): { index: object; store: SearchStore } {
  const index = nlLunr(function () {
    this.use(nlLunr.nl);
    this.ref('ref');
    this.field('title', { boost: TITLE_BOOST });
    this.field('body');
    // Positions are not needed: snippets are highlighted by stem, which keeps the index small.
    documents.forEach((doc, i) => this.add({ ref: String(i), title: doc.title, body: doc.body }));
  });
  const rows = documents.map((d): StoreRow => [d.url, d.title, d.type, d.band, d.module, d.summary]);
  return { index: index.toJSON(), store: { rows } };
}
