// Search benchmark: a synthetic corpus of N lessons (default 1,000), searched with this site's
// lunr index and with Pagefind, side by side, in Chromium. Prints for each: bytes downloaded
// before the first result (raw and gzip), index load time, and median and 95th-percentile
// query time. Usage: npm run bench:search [-- <lessons>]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildSearchIndex } from '../src/search/index-builder.ts';
import { BENCH_QUERIES, syntheticDocuments } from './bench/synthetic-corpus.ts';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { kb, percentile } from './lib/stats.ts';

const count = Number(process.argv[2] ?? 1000);
const REPEATS = 5;
const site = mkdtempSync(join(tmpdir(), 'dw-search-bench-'));
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// 1. The same documents as HTML pages (for Pagefind) and as this site's lunr index and store.
const documents = syntheticDocuments(count);
for (const doc of documents) {
  mkdirSync(join(site, doc.url), { recursive: true });
  writeFileSync(
    join(site, doc.url, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(doc.title)}</title></head><body><main data-pagefind-body><h1>${escape(doc.title)}</h1><p>${escape(doc.body)}</p></main></body></html>`,
  );
}
const { index, store } = buildSearchIndex(documents);
mkdirSync(join(site, 'zoeken'), { recursive: true });
writeFileSync(join(site, 'zoeken/index.json'), JSON.stringify(index));
writeFileSync(join(site, 'zoeken/store.json'), JSON.stringify(store));
await build({ entryPoints: [join(import.meta.dirname, 'bench/lunr-entry.ts')], bundle: true, minify: true, format: 'esm', outfile: join(site, 'bench/lunr.js'), logLevel: 'error' });
writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
const pagefind = spawnSync(join(process.cwd(), 'node_modules/.bin/pagefind'), ['--site', site, '--force-language', 'nl'], { encoding: 'utf8' });
if (pagefind.status !== 0) {
  console.error(pagefind.stdout, pagefind.stderr);
  process.exit(1);
}

const server = await serveStatic(site);
const browser = await launchChromium();
const gzipOf = (path: string) => {
  const file = join(site, decodeURIComponent(path));
  const data = readFileSync(statSync(file).isDirectory() ? join(file, 'index.html') : file);
  return { raw: data.byteLength, gzip: gzipSync(data, { level: 9 }).byteLength };
};

interface Figures { rawBytes: number; gzipBytes: number; files: number; loadMs: number; firstMs: number; median: number; p95: number }

async function measure(engine: 'lunr' | 'pagefind'): Promise<Figures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const fetched = new Set<string>();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  const first = BENCH_QUERIES[0]!;
  const timing = await page.evaluate(
    async ({ engine, first }) => {
      const t0 = performance.now();
      let run: (q: string) => Promise<number>;
      if (engine === 'lunr') {
        await import('/bench/lunr.js' as string);
        const bench = (window as unknown as { lunrBench: { load: (a: string, b: string) => Promise<void>; query: (q: string) => number } }).lunrBench;
        await bench.load('/zoeken/index.json', '/zoeken/store.json');
        run = async (q) => bench.query(q);
      } else {
        const pf = await import('/pagefind/pagefind.js' as string);
        await pf.init();
        // A result list shows titles and excerpts, so Pagefind's fragment loads count.
        run = async (q) => {
          const search = await pf.search(q);
          await Promise.all(search.results.slice(0, 10).map((r: { data: () => Promise<unknown> }) => r.data()));
          return search.results.length;
        };
      }
      const t1 = performance.now();
      await run(first);
      const t2 = performance.now();
      (window as unknown as { runQuery: typeof run }).runQuery = run;
      return { loadMs: t1 - t0, firstMs: t2 - t0 };
    },
    { engine, first },
  );
  const beforeFirst = [...fetched];
  const times: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    for (const q of BENCH_QUERIES) {
      times.push(await page.evaluate(async (q) => {
        const t = performance.now();
        await (window as unknown as { runQuery: (q: string) => Promise<number> }).runQuery(q);
        return performance.now() - t;
      }, q));
    }
  }
  await context.close();
  const sizes = beforeFirst.map(gzipOf);
  return {
    rawBytes: sizes.reduce((s, f) => s + f.raw, 0),
    gzipBytes: sizes.reduce((s, f) => s + f.gzip, 0),
    files: sizes.length,
    loadMs: timing.loadMs,
    firstMs: timing.firstMs,
    median: percentile(times, 50),
    p95: percentile(times, 95),
  };
}

try {
  const lunr = await measure('lunr');
  const pf = await measure('pagefind');
  const row = (label: string, a: string, b: string) => console.log(`  ${label.padEnd(40)} ${a.padStart(14)} ${b.padStart(14)}`);
  console.log(`Search over ${count} synthetic lessons (${BENCH_QUERIES.length} queries × ${REPEATS}), Chromium headless`);
  row('', 'lunr (this site)', 'Pagefind');
  row('downloaded before the first result, raw', kb(lunr.rawBytes), kb(pf.rawBytes));
  row('downloaded before the first result, gzip', kb(lunr.gzipBytes), kb(pf.gzipBytes));
  row('files fetched before the first result', String(lunr.files), String(pf.files));
  row('index load time', `${lunr.loadMs.toFixed(0)} ms`, `${pf.loadMs.toFixed(0)} ms`);
  row('time to first result (load + query)', `${lunr.firstMs.toFixed(0)} ms`, `${pf.firstMs.toFixed(0)} ms`);
  row('query time, median', `${lunr.median.toFixed(1)} ms`, `${pf.median.toFixed(1)} ms`);
  row('query time, 95th percentile', `${lunr.p95.toFixed(1)} ms`, `${pf.p95.toFixed(1)} ms`);
  console.log('  (served from localhost without compression; gzip sizes computed with gzip -9 from the files fetched)');
} finally {
  await browser.close();
  await server.close();
  rmSync(site, { recursive: true, force: true });
}
