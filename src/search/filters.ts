import type { SearchFilters } from './query.ts';

/** The address parameter of each filter, so a search can be shared, reloaded or bookmarked. */
export const FILTER_PARAMS: Record<keyof SearchFilters, string> = { band: 'leeftijd', module: 'module', type: 'soort' };
const KEYS = Object.keys(FILTER_PARAMS) as (keyof SearchFilters)[];

export function filtersFromParams(params: URLSearchParams): SearchFilters {
  return Object.fromEntries(KEYS.map((key) => [key, params.get(FILTER_PARAMS[key]) || undefined]));
}

/** The address of a search: the query as "q", then the filters that are set. */
export function searchAddress(pathname: string, query: string, filters: SearchFilters): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const key of KEYS) if (filters[key]) params.set(FILTER_PARAMS[key], filters[key]!);
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}
