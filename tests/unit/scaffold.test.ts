import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import { validateContent } from '../../src/curriculum/validate.ts';
import { placeholderWarnings, placeholderWarningsIn } from '../../src/scaffold/placeholders.ts';
import { planScaffold, titleFromSlug } from '../../src/scaffold/scaffold.ts';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

const NEW_LESSON = join(PROJECT_ROOT, 'scripts/new-lesson.ts');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

describe('npm run new', () => {
  let site = fixtureSite();
  afterEach(() => {
    site.cleanup();
    site = fixtureSite();
  });

  it('scaffolds a new module in every band with files that pass every content check', () => {
    for (const band of ['12-13', '14-15', '16-18']) {
      const { status, output } = site.run([NEW_LESSON, 'online-pesten', band]);
      expect(status, output).toBe(0);
    }
    const { problems, tree } = validateContent(site.root);
    expect(problems).toEqual([]);
    expect(tree.lessons.map((l) => l.id)).toContain('online-pesten/16-18');
    expect(tree.quizzes.map((q) => q.id)).toContain('online-pesten/12-13');
    expect(tree.guides.map((g) => g.id)).toContain('online-pesten/14-15');
    const module = tree.modules.find((m) => m.id === 'online-pesten');
    expect(module?.data).toMatchObject({ title: 'Online pesten', order: 2 });
  });

  it('adds a lesson to a module that exists without touching its module.yaml', () => {
    const before = site.read('lessons/demo/module.yaml');
    const { status, output } = site.run([NEW_LESSON, 'demo', '12-13']);
    expect(status, output).toBe(0);
    expect(output).not.toContain('module.yaml');
    expect(site.read('lessons/demo/module.yaml')).toBe(before);
    expect(validateContent(site.root).problems).toEqual([]);
  });

  it('lists what is still to write, with line numbers', () => {
    site.run([NEW_LESSON, 'online-pesten', '12-13']);
    const warnings = placeholderWarningsIn(site.root);
    expect(warnings.map((w) => w.file).sort()).toEqual([
      'lessons/online-pesten/12-13.mdx',
      'lessons/online-pesten/module.yaml',
      'quizzes/online-pesten/12-13.yaml',
      'teacher-guides/online-pesten/12-13.mdx',
    ]);
    expect(warnings[0]?.message).toMatch(/lines still marked ✎ to write \(line \d/);
    const check = site.run([join(PROJECT_ROOT, 'scripts/check-content.ts')]);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('Worth a look (not errors)');
  });

  it('never overwrites: a complete lesson stops the command and nothing is written', () => {
    const lesson = site.read('lessons/demo/14-15.mdx');
    const { status, output } = site.run([NEW_LESSON, 'demo', '14-15']);
    expect(status).toBe(1);
    expect(output).toContain('demo/14-15 already has a lesson, a quiz and a teacher guide; nothing was written');
    expect(site.read('lessons/demo/14-15.mdx')).toBe(lesson);
  });

  it('writes only what a lesson misses, such as its quiz, and keeps the rest', () => {
    const lesson = site.read('lessons/demo/14-15.mdx');
    const guide = site.read('teacher-guides/demo/14-15.mdx');
    site.remove('quizzes/demo/14-15.yaml');
    const { status, output } = site.run([NEW_LESSON, 'demo', '14-15']);
    expect(status, output).toBe(0);
    expect(output).toContain('created quizzes/demo/14-15.yaml');
    expect(output).toContain('kept    lessons/demo/14-15.mdx (exists already; not changed)');
    expect(site.read('lessons/demo/14-15.mdx')).toBe(lesson);
    expect(site.read('teacher-guides/demo/14-15.mdx')).toBe(guide);
    // The template's questions point at the template's headings, so the check says which to fix.
    const problems = validateContent(site.root).problems;
    expect(problems.every((p) => p.file === 'quizzes/demo/14-15.yaml' && p.field?.endsWith('.section'))).toBe(true);
  });

  it('explains a wrong module name, a wrong band and a missing argument', () => {
    const wrong = site.run([NEW_LESSON, 'Online_Pesten', '11-12']);
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain('module "Online_Pesten": expected lower-case letters, digits and hyphens');
    expect(wrong.output).toContain('band "11-12": expected one of 12-13, 14-15, 16-18');
    expect(existsSync(join(site.root, 'lessons/Online_Pesten'))).toBe(false);
    const missing = site.run([NEW_LESSON, 'online-pesten']);
    expect(missing.status).toBe(2);
    expect(missing.output).toContain('Usage: npm run new -- <module> <band>');
  });

  it('a scaffolded lesson builds into a page, with its quiz and guide', () => {
    site.run([NEW_LESSON, 'online-pesten', '12-13']);
    site.linkProject({ copySource: true });
    const { status, output } = site.run([ASTRO, 'build']);
    expect(status, output).toBe(0);
    expect(output).toMatch(/lessons\/online-pesten\/12-13.mdx: \d+ lines still marked ✎ to write/);
    const page = readFileSync(join(site.root, 'dist/lessen/online-pesten/12-13/index.html'), 'utf8');
    expect(page).toContain('Titel van de les');
    expect(existsSync(join(site.root, 'dist/docenten/online-pesten/12-13/index.html'))).toBe(true);
  });
});

describe('planScaffold', () => {
  const data = loadCurriculumData(PROJECT_ROOT);

  it('gives a new module the next order number and a title from its name', () => {
    const plan = planScaffold({ root: '/nonexistent', module: 'online-pesten', band: '14-15', data, moduleOrders: [1, 4, 2] });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.files.map((f) => f.path)).toEqual([
      'lessons/online-pesten/module.yaml',
      'lessons/online-pesten/14-15.mdx',
      'quizzes/online-pesten/14-15.yaml',
      'teacher-guides/online-pesten/14-15.mdx',
    ]);
    expect(plan.files[0]?.content).toContain('order: 5');
    for (const file of plan.files) expect(file.content).not.toMatch(/\{\{\w+\}\}/);
  });

  it('refuses the reserved folder of the general guides', () => {
    const plan = planScaffold({ root: '/nonexistent', module: 'algemeen', band: '14-15', data, moduleOrders: [] });
    expect(plan).toEqual({ ok: false, errors: ['module "algemeen" is reserved for the general teacher guides'] });
  });

  it('makes titles from module names', () => {
    expect(titleFromSlug('online-pesten')).toBe('Online pesten');
    expect(titleFromSlug('ai')).toBe('Ai');
  });
});

describe('placeholderWarnings', () => {
  it('names the file and the lines, and is silent when nothing is left', () => {
    expect(placeholderWarnings([{ file: 'a.mdx', text: 'klaar\n✎ nog doen\nklaar\n✎ ook' }])).toEqual([
      { file: 'a.mdx', message: '2 lines still marked ✎ to write (line 2, 4)' },
    ]);
    expect(placeholderWarnings([{ file: 'b.mdx', text: 'helemaal klaar' }])).toEqual([]);
  });
});
