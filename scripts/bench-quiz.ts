// Benchmark of a lesson page with its quiz: the gzip JavaScript and HTML it ships (budgets
// from the design: JS <= 25 KB, HTML <= 30 KB) and the time from pressing Check to feedback.
// Usage: npm run build && npm run bench:quiz [-- <lesson path>]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { kb, percentile } from './lib/stats.ts';

const JS_BUDGET = 25 * 1024;
const HTML_BUDGET = 30 * 1024;
const RUNS = 25;
const lessonPath = process.argv[2] ?? '/lessen/sextortion/14-15/';
const dist = join(process.cwd(), 'dist');
if (!existsSync(join(dist, lessonPath, 'index.html'))) {
  console.error(`No built page for ${lessonPath}: run "npm run build" first.`);
  process.exit(1);
}
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).byteLength;

const server = await serveStatic(dist);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  });
  await page.goto(server.url + lessonPath);
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  await page.locator('fieldset.question').first().waitFor();
  await page.waitForLoadState('networkidle');

  const html = readFileSync(join(dist, lessonPath, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
  const files = [...scripts].map((path) => ({ path, gzip: gz(readFileSync(join(dist, path))) }));
  const inlineGzip = inline.reduce((sum, s) => sum + gz(s), 0);
  const jsTotal = files.reduce((sum, f) => sum + f.gzip, 0) + inlineGzip;
  const htmlGzip = gz(html);

  // Check -> feedback: click Check on a single-choice question and wait for its result.
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('#quiz-title').scrollIntoViewIfNeeded();
    const question = page.locator('fieldset.question[data-type="single"]').first();
    await question.locator('input').first().check();
    timings.push(
      await question.evaluate((fieldset) => new Promise<number>((resolve) => {
        const button = fieldset.querySelector<HTMLButtonElement>('[data-action="check"]')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (fieldset.querySelector('.question__result')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(fieldset, { childList: true, subtree: true });
        button.click();
      })),
    );
  }

  console.log(`Lesson page with quiz: ${lessonPath}`);
  console.log('JavaScript shipped (gzip -9):');
  for (const f of files) console.log(`  ${f.path.padEnd(44)} ${kb(f.gzip).padStart(9)}`);
  console.log(`  ${`${inline.length} inline scripts`.padEnd(44)} ${kb(inlineGzip).padStart(9)}`);
  console.log(`  ${'total'.padEnd(44)} ${kb(jsTotal).padStart(9)}   (${jsTotal} bytes; budget ${JS_BUDGET})`);
  console.log(`HTML (gzip -9): ${kb(htmlGzip)}   (${htmlGzip} bytes; budget ${HTML_BUDGET})`);
  console.log(`Check -> feedback over ${RUNS} runs: median ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms`);
  const over = [jsTotal > JS_BUDGET && 'JavaScript', htmlGzip > HTML_BUDGET && 'HTML'].filter(Boolean);
  if (over.length) {
    console.error(`Over budget: ${over.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
