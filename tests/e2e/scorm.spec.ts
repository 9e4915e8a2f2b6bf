// The real SCORM export, run inside a real LMS-side SCORM 1.2 run-time (scorm-again): the
// package is exported from dist/, unpacked from its zip, served next to a stand-in LMS page,
// and a pupil works through the quiz in the LMS frame.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { quizSchema, type Question } from '../../src/curriculum/schemas/quiz.ts';
import { exportScorm } from '../../src/export/export-scorm.ts';
import { readZip } from '../../src/export/zip.ts';
import { goodPath } from '../../src/quiz/display.ts';

const root = join(import.meta.dirname, '../..');
const LESSON = 'sextortion/14-15';
const quiz = quizSchema.parse(parse(readFileSync(join(root, 'quizzes', `${LESSON}.yaml`), 'utf8')));
const points = quiz.questions.filter((q) => q.type !== 'reflection').length;

let server: Awaited<ReturnType<typeof serveStatic>>;
let workDir: string;

test.beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
  const [written] = await exportScorm({ root, outDir: join(workDir, 'zips'), lessonIds: [LESSON] });
  const site = join(workDir, 'lms');
  for (const entry of readZip(readFileSync(written!.path))) {
    const file = join(site, 'pakket', entry.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, entry.data);
  }
  copyFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js'), join(site, 'scorm12.min.js'));
  copyFileSync(join(import.meta.dirname, 'fixtures/scorm-lms.html'), join(site, 'index.html'));
  server = await serveStatic(site);
});
test.afterAll(async () => {
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

const cmi = (page: Page) => page.evaluate(() => {
  const core = (window as unknown as { API: { cmi: { core: Record<string, unknown> } } }).API.cmi.core;
  const score = core.score as Record<string, string>;
  return { status: core.lesson_status, raw: score.raw, min: score.min, max: score.max };
});
const lmsLog = (page: Page) => page.evaluate(() => (window as unknown as { lmsLog: string[] }).lmsLog);

async function openLesson(page: Page): Promise<FrameLocator> {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${server.url}/`);
  const frame = page.frameLocator('#sco');
  await frame.locator('#quiz-title').scrollIntoViewIfNeeded();
  await expect(frame.locator('fieldset.question').first()).toBeVisible();
  // Runs under the page's own CSP, with no errors (no blocked script, no missing file).
  expect(errors).toEqual([]);
  return frame;
}

/** Gives the right answer to one question, with clicks as a pupil would. */
async function answerRight(frame: FrameLocator, q: Question) {
  const el = frame.locator(`#vraag-${q.id}`);
  const check = () => el.getByRole('button', { name: q.type === 'reflection' ? 'Bewaar en vergelijk' : 'Controleer' }).click();
  switch (q.type) {
    case 'single':
    case 'multiple':
      for (const o of q.options.filter((o) => o.correct)) await el.getByLabel(o.text, { exact: true }).check();
      return check();
    case 'truefalse':
      await el.getByLabel(q.answer ? 'Waar' : 'Niet waar', { exact: true }).check();
      return check();
    case 'ordering':
      for (let target = 0; target < q.items.length; target++) {
        let position = (await el.locator('.ordering__text').allTextContents()).indexOf(q.items[target]!);
        for (; position > target; position--) await el.getByRole('button', { name: `Omhoog: ${q.items[target]}` }).click();
      }
      return check();
    case 'matching':
      for (const pair of q.pairs) await el.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
      return check();
    case 'scenario': {
      let stepId = q.start;
      for (const choiceIndex of goodPath(q)) {
        const choice = q.steps.find((s) => s.id === stepId)!.choices[choiceIndex]!;
        await el.getByRole('button', { name: choice.text, exact: true }).click();
        stepId = choice.next;
      }
      return;
    }
    case 'reflection':
      await el.getByRole('textbox').fill('Ik zou het tegen iemand zeggen die ik vertrouw.');
      return check();
  }
}

test('the quiz reports score and completion to the LMS through the SCORM 1.2 API', async ({ page }) => {
  const frame = await openLesson(page);
  expect(await lmsLog(page)).toEqual(['LMSInitialize', 'cmi.core.lesson_status=incomplete', 'LMSCommit']);
  expect((await cmi(page)).status).toBe('incomplete');

  const [first, ...rest] = quiz.questions;
  await answerRight(frame, first!);
  await expect.poll(() => cmi(page)).toMatchObject({ raw: String(Math.round(100 / points)), min: '0', max: '100', status: 'incomplete' });
  expect((await lmsLog(page)).at(-1)).toBe('LMSCommit');

  for (const q of rest) await answerRight(frame, q);
  await expect.poll(() => cmi(page)).toMatchObject({ raw: '100', status: 'passed' });

  // Leaving the lesson (the LMS closes the frame) ends the session.
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  await expect.poll(() => lmsLog(page)).toContain('LMSFinish');
  const log = await lmsLog(page);
  expect(log).toContainEqual(expect.stringMatching(/^cmi\.core\.session_time=\d{4}:\d\d:\d\d\.\d\d$/));
  expect(log.slice(-4)).toEqual([expect.stringMatching(/^cmi\.core\.session_time=/), 'cmi.core.exit=', 'LMSCommit', 'LMSFinish']);
});

test('a quiz done with few points is "completed", never "failed"; the LMS keeps the best score', async ({ page }) => {
  const frame = await openLesson(page);
  const single = quiz.questions.find((q) => q.type === 'single')!;
  await answerRight(frame, single);
  await expect.poll(() => cmi(page)).toMatchObject({ raw: String(Math.round(100 / points)) });

  // Try again lowers the pupil's score on the page, not what the LMS keeps.
  await frame.locator(`#vraag-${single.id}`).getByRole('button', { name: 'Probeer opnieuw' }).click();
  for (const q of quiz.questions) {
    const el = frame.locator(`#vraag-${q.id}`);
    if (q.type === 'reflection') await answerRight(frame, q);
    else await el.getByRole('button', { name: 'Toon antwoord' }).click();
  }
  await expect.poll(() => cmi(page)).toMatchObject({ raw: String(Math.round(100 / points)), status: 'completed' });
});

test('quick exit in the LMS frame takes the whole LMS window to the neutral page', async ({ page }) => {
  await page.route('https://www.buienradar.nl/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weer</title>' }));
  const frame = await openLesson(page);
  await frame.getByRole('link', { name: 'Snel weg' }).click();
  await expect(page).toHaveURL('https://www.buienradar.nl/');
});

test('links that leave the package open in a new tab at the site address', async ({ page }) => {
  const frame = await openLesson(page);
  const glossary = frame.locator('a.term').first();
  await expect(glossary).toHaveAttribute('target', '_blank');
  await expect(glossary).toHaveAttribute('href', /^https?:\/\/[^/]+\/begrippen\/#/);
  await expect(glossary).toContainText('opent in een nieuw tabblad');
});

test('help is in the package: its page opens in a new tab, works without the site and leaves the LMS session alone', async ({ page, context }) => {
  const frame = await openLesson(page);
  const before = await lmsLog(page);
  const help = frame.locator('.notice a').first();
  await expect(help).toHaveAttribute('href', 'hulp.html');
  await expect(help).toHaveAttribute('target', '_blank');
  const [helpPage] = await Promise.all([context.waitForEvent('page'), help.click()]);
  await helpPage.waitForLoadState('networkidle');
  await expect(helpPage.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
  await expect(helpPage.locator('article.help-resource').first()).toBeVisible();
  // Only the lesson page talks to the LMS: no second LMSInitialize through window.opener.
  expect((await lmsLog(page)).filter((call) => call === 'LMSInitialize')).toEqual(before.filter((call) => call === 'LMSInitialize'));
});

test('opened outside an LMS, the package page works as on the site', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.url}/pakket/index.html`);
  await page.locator('#quiz-title').scrollIntoViewIfNeeded();
  const single = quiz.questions.find((q) => q.type === 'single')!;
  if (single.type !== 'single') throw new Error('no single-choice question');
  const el = page.locator(`#vraag-${single.id}`);
  await el.getByLabel(single.options.find((o) => o.correct)!.text, { exact: true }).check();
  await el.getByRole('button', { name: 'Controleer' }).click();
  await expect(el.locator('.question__result')).toContainText(single.explanation);
  expect(errors).toEqual([]);
});
