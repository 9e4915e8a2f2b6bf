// Benchmark of the built site against the budgets of the design, per page type:
// HTML and JavaScript (gzip), number of requests, requests to other origins, and Lighthouse
// (mobile) scores from the lighthouse package driving the system Chromium. Exits non-zero when
// a budget is broken. With --scaling, also builds 100, 500 and 1,000 synthetic lessons and
// prints the build time of each. Usage: npm run build && npm run bench [-- --scaling]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeSyntheticLessons } from './bench/synthetic-site.ts';
import { chromiumPath, launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { kb } from './lib/stats.ts';

const DIST = join(process.cwd(), 'dist');
const PAGE_TYPES: { name: string; path: string; islands: boolean }[] = [
  { name: 'home', path: '/', islands: false },
  { name: 'age band', path: '/leeftijd/14-15/', islands: false },
  { name: 'module', path: '/modules/sextortion/', islands: false },
  { name: 'lesson with quiz', path: '/lessen/sextortion/14-15/', islands: true },
  { name: 'teacher guide', path: '/docenten/sextortion/14-15/', islands: false },
  { name: 'teachers overview', path: '/docenten/', islands: false },
  { name: 'presentation', path: '/docenten/sextortion/14-15/presentatie/', islands: true },
  { name: 'learning line', path: '/leerlijn/', islands: false },
  { name: 'developer docs', path: '/ontwikkelaars/content-model/', islands: false },
  { name: 'help', path: '/hulp/', islands: false },
  { name: 'glossary', path: '/begrippen/', islands: false },
  { name: 'search', path: '/zoeken/', islands: true },
  { name: '404', path: '/404.html', islands: false },
];
const BUDGET = { lessonJs: 25 * 1024, lessonHtml: 30 * 1024, performance: 95, other: 100 };

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).byteLength;
const fileFor = (path: string) => (path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build in dist/: run "npm run build" first.');
  process.exit(1);
}

const failures: string[] = [];
const server = await serveStatic(DIST);
const origin = new URL(server.url).origin;
const browser = await launchChromium();
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

console.log('Per page type (gzip -9; requests after scrolling to the end; Lighthouse mobile):');
console.log(`  ${'page type'.padEnd(18)} ${'HTML'.padStart(8)} ${'JS'.padStart(8)} ${'req'.padStart(4)} ${'other'.padStart(5)}   perf  a11y  best   seo`);
try {
  for (const type of PAGE_TYPES) {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url + type.path);
    // Bring every island into view, so those that start when visible load their code. An island
    // on a hidden slide of the presentation stays unloaded until its slide shows, as intended.
    for (const island of await page.locator('astro-island > :first-child').all()) {
      await island.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    }
    await page.waitForTimeout(300);
    await page.waitForLoadState('networkidle');
    await page.close();

    const html = readFileSync(fileFor(type.path), 'utf8');
    const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
    const scripts = requests.map((u) => new URL(u)).filter((u) => u.origin === origin && u.pathname.endsWith('.js') && u.pathname !== '/sw.js');
    const jsBytes = inline.reduce((s, c) => s + gz(c), 0) + scripts.reduce((s, u) => s + gz(readFileSync(join(DIST, u.pathname))), 0);
    const htmlBytes = gz(html);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));

    const result = await lighthouse(server.url + type.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const score = (id: string) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100);
    const failedAudits = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    const [perf, a11y, best, seo] = [score('performance'), score('accessibility'), score('best-practices'), score('seo')];
    console.log(`  ${type.name.padEnd(18)} ${kb(htmlBytes).padStart(8)} ${kb(jsBytes).padStart(8)} ${String(requests.length).padStart(4)} ${String(foreign.length).padStart(5)}   ${String(perf).padStart(4)}  ${String(a11y).padStart(4)}  ${String(best).padStart(4)}  ${String(seo).padStart(4)}`);

    if (foreign.length) failures.push(`${type.name}: requests to other origins: ${foreign.join(', ')}`);
    if (!type.islands && (scripts.length > 0 || inline.length > 1)) failures.push(`${type.name}: ships JavaScript beyond the one site script (${scripts.length} files, ${inline.length} inline)`);
    if (type.name === 'lesson with quiz') {
      if (jsBytes > BUDGET.lessonJs) failures.push(`${type.name}: JavaScript ${kb(jsBytes)} > ${kb(BUDGET.lessonJs)}`);
      if (htmlBytes > BUDGET.lessonHtml) failures.push(`${type.name}: HTML ${kb(htmlBytes)} > ${kb(BUDGET.lessonHtml)}`);
    }
    if (failedAudits.length) console.log(`  ${''.padEnd(18)} failed audits: ${failedAudits.join(', ')}`);
    if (perf < BUDGET.performance) failures.push(`${type.name}: Lighthouse performance ${perf} < ${BUDGET.performance}`);
    for (const [name, value] of [['accessibility', a11y], ['best practices', best], ['SEO', seo]] as const) {
      if (value < BUDGET.other) failures.push(`${type.name}: Lighthouse ${name} ${value} < ${BUDGET.other}`);
    }
  }
} finally {
  await browser.close();
  chrome.kill();
  await server.close();
}

if (process.argv.includes('--scaling')) {
  console.log('Build time by number of lessons (synthetic lessons that pass every content check):');
  for (const count of [100, 500, 1000]) {
    const root = mkdtempSync(join(tmpdir(), 'dw-scale-'));
    for (const entry of ['node_modules', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json', 'public']) symlinkSync(join(process.cwd(), entry), join(root, entry));
    cpSync(join(process.cwd(), 'src'), join(root, 'src'), { recursive: true });
    cpSync(join(process.cwd(), 'teacher-guides', 'algemeen'), join(root, 'teacher-guides', 'algemeen'), { recursive: true });
    writeSyntheticLessons(root, count);
    const start = performance.now();
    // Output is large (a bundler notice per MDX file): keep only the end of it.
    const run = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    const seconds = (performance.now() - start) / 1000;
    if (run.status !== 0) {
      console.error(run.error ?? '', run.stdout.slice(-2000), run.stderr.slice(-2000));
      failures.push(`synthetic build of ${count} lessons failed`);
    } else {
      console.log(`  ${String(count).padStart(5)} lessons: ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(0)} ms per lesson)`);
    }
    rmSync(root, { recursive: true, force: true });
  }
}

if (failures.length) {
  console.error(`\nBudgets broken:\n${failures.map((f) => `  • ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
