// Browser entry for the search benchmark: the same modules the search page uses.
import type { SearchStore } from '../../src/search/index-builder.ts';
import { nlLunr } from '../../src/search/lunr-nl.ts';
import { runSearch } from '../../src/search/query.ts';

let search: ((q: string) => number) | null = null;

Object.assign(window, {
  lunrBench: {
    async load(indexUrl: string, storeUrl: string) {
      const [index, store] = await Promise.all([fetch(indexUrl).then((r) => r.json()), fetch(storeUrl).then((r) => r.json() as Promise<SearchStore>)]);
      const loaded = nlLunr.Index.load(index);
      search = (q) => runSearch(loaded, store, q).length;
    },
    query: (q: string) => search!(q),
  },
});
