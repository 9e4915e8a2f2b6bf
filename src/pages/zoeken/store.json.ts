import { siteSearchIndex } from '../../search/site-search.ts';

/** Titles, type, age band, module and summary per document, for showing results. */
export function GET() {
  return new Response(JSON.stringify(siteSearchIndex().store), { headers: { 'content-type': 'application/json' } });
}
