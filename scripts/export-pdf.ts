// npm run export:pdf: an A4 PDF of every lesson and every teacher guide, printed by Chromium from
// the built site (dist/) with the site's own print stylesheet. PDFs go to dist/pdf/; each guide
// page then links its PDFs. Run after `npm run build`.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../src/curriculum/content.ts';
import { fillPdfSlot } from '../src/export/pdf-links.ts';
import { pdfPlan } from '../src/export/pdf-targets.ts';
import { launchChromium } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const htmlOf = (page: string) => join(dist, page, 'index.html');

const { tree } = readContent(root);
const { targets, guides } = pdfPlan(
  tree.lessons.map((l) => l.id),
  tree.generalGuides.map((g) => g.id),
);
const missing = targets.filter((t) => !existsSync(htmlOf(t.page)));
if (missing.length) {
  console.error(`The built site is missing ${missing.length} page(s), e.g. ${missing[0]!.page}. Run \`npm run build\` first.`);
  process.exit(1);
}

const started = performance.now();
const server = await serveStatic(dist);
const browser = await launchChromium();
const sizes: Record<string, number> = {};
try {
  const page = await browser.newPage();
  for (const target of targets) {
    await page.goto(server.url + target.page, { waitUntil: 'networkidle' });
    const path = join(dist, target.file);
    mkdirSync(dirname(path), { recursive: true });
    // Margins and paper size come from the print stylesheet's @page rule.
    await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    sizes[target.file] = statSync(path).size;
  }
} finally {
  await browser.close();
  await server.close();
}

for (const guide of guides) {
  const file = htmlOf(guide.page);
  writeFileSync(file, fillPdfSlot(readFileSync(file, 'utf8'), guide, sizes));
}

const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(`Wrote ${targets.length} PDFs to dist/pdf/ (${(total / 1024 / 1024).toFixed(1)} MB, largest ${Math.round(Math.max(...Object.values(sizes)) / 1024)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s; ${guides.length} guide pages now link them.`);
