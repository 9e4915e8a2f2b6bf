import { siteSearchIndex } from '../../search/site-search.ts';

/** The serialised lunr index, fetched only when search is opened. */
export function GET() {
  return new Response(JSON.stringify(siteSearchIndex().index), { headers: { 'content-type': 'application/json' } });
}
