import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems, type Problem } from '../../src/curriculum/problems.ts';
import { validateContent } from '../../src/curriculum/validate.ts';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

let site: ReturnType<typeof fixtureSite>;
afterEach(() => site?.cleanup());

const problemsOf = () => validateContent(site.root).problems;
const expectProblem = (problems: Problem[], file: string, field: string | undefined, message: RegExp) => {
  const match = problems.find((p) => p.file === file && p.field === field && message.test(p.message));
  expect(match, `expected a problem in ${file} → ${field} matching ${message}, got:\n${formatProblems(problems)}`).toBeDefined();
};

describe('the real content of this repository', () => {
  it('passes every check', () => {
    const { problems, tree } = validateContent(PROJECT_ROOT);
    expect(formatProblems(problems)).toBe('Content check found 0 problems:');
    expect(tree.lessons.map((l) => l.id)).toContain('sextortion/14-15');
  });
});

describe('the valid fixture', () => {
  it('has no problems and joins lesson, quiz and guide by one id', () => {
    site = fixtureSite();
    const { problems, tree } = validateContent(site.root);
    expect(problems).toEqual([]);
    expect(tree.lessons.map((l) => l.id)).toEqual(['demo/14-15']);
    expect(tree.quizzes.map((q) => q.id)).toEqual(['demo/14-15']);
    expect(tree.guides.map((g) => g.id)).toEqual(['demo/14-15']);
    expect(tree.generalGuides.map((g) => g.id)).toEqual(['eerst']);
  });
});

describe('lesson frontmatter', () => {
  it('names file and field when a value has the wrong type', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'readingMinutes: 10', 'readingMinutes: tien');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', 'readingMinutes', /expected the reading time in minutes/);
  });

  it('rejects too few goals, saying how many are expected', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', /goals:\n(.*\n){2}/, 'goals:\n  - Maar een.\n');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', 'goals', /expected at least 2 goals/);
  });

  it('rejects a misspelt field by name', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'notice:', 'notise:');
    const problems = problemsOf();
    expectProblem(problems, 'lessons/demo/14-15.mdx', 'notice', /expected the content notice/);
    expect(problems.some((p) => /unknown field "notise"/.test(p.message))).toBe(true);
  });

  it('reports broken YAML with its line', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'title: Een testles', 'title: [Een testles');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', undefined, /is not valid YAML \(line \d+\)/);
    expect(problemsOf().find((p) => /is not valid YAML/.test(p.message))?.message).not.toMatch(/:$/);
  });

  it('rejects a file without frontmatter', () => {
    site = fixtureSite();
    site.write('lessons/demo/14-15.mdx', '# Alleen tekst\n');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', undefined, /frontmatter block/);
  });

  it('rejects an unknown help key and lists the known ones', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'help: [kindertelefoon]', 'help: [kindertelefon]');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', 'help.0', /not "kindertelefon".*|kindertelefoon/);
  });

  it('rejects an unknown <Hulp id> in the body', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', '<Hulp id="helpwanted" />', '<Hulp id="hulpgezocht" />');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', '<Hulp id>', /not "hulpgezocht"/);
  });

  it('requires a situation and a task in every lesson', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', /<Opdracht>[\s\S]*<\/Opdracht>/, '');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', 'body', /<Opdracht>/);
  });
});

describe('cross references', () => {
  it('fails when a lesson has no quiz', () => {
    site = fixtureSite();
    site.remove('quizzes/demo/14-15.yaml');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', undefined, /has no quiz: create quizzes\/demo\/14-15\.yaml/);
  });

  it('fails when a lesson has no teacher guide', () => {
    site = fixtureSite();
    site.remove('teacher-guides/demo/14-15.mdx');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', undefined, /has no teacher guide/);
  });

  it('fails when a quiz or guide has no lesson', () => {
    site = fixtureSite();
    site.write('quizzes/demo/12-13.yaml', site.read('quizzes/demo/14-15.yaml'));
    site.write('teacher-guides/demo/16-18.mdx', site.read('teacher-guides/demo/14-15.mdx'));
    const problems = problemsOf();
    expectProblem(problems, 'quizzes/demo/12-13.yaml', undefined, /has no lesson: expected lessons\/demo\/12-13\.mdx/);
    expectProblem(problems, 'teacher-guides/demo/16-18.mdx', undefined, /has no lesson/);
  });

  it('does not report a broken quiz as missing as well', () => {
    site = fixtureSite();
    site.write('quizzes/demo/14-15.yaml', 'questions: nope\n');
    const problems = problemsOf();
    expect(problems.filter((p) => /has no quiz/.test(p.message))).toEqual([]);
    expectProblem(problems, 'quizzes/demo/14-15.yaml', 'questions', /expected array|expected/);
  });

  it('fails when the file name is not an age band', () => {
    site = fixtureSite();
    for (const [from, to] of [
      ['lessons/demo/14-15.mdx', 'lessons/demo/14-16.mdx'],
      ['quizzes/demo/14-15.yaml', 'quizzes/demo/14-16.yaml'],
      ['teacher-guides/demo/14-15.mdx', 'teacher-guides/demo/14-16.mdx'],
    ] as const) {
      site.write(to, site.read(from));
      site.remove(from);
    }
    expectProblem(problemsOf(), 'lessons/demo/14-16.mdx', undefined, /expected the file name to be an age band \(12-13, 14-15, 16-18\)/);
  });

  it('fails when a module has no module.yaml', () => {
    site = fixtureSite();
    site.remove('lessons/demo/module.yaml');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', undefined, /create lessons\/demo\/module\.yaml/);
  });

  it('fails on a file in the wrong place', () => {
    site = fixtureSite();
    site.write('quizzes/demo.yaml', 'questions: []\n');
    expectProblem(problemsOf(), 'quizzes/demo.yaml', undefined, /is not where content files go/);
  });

  it('checks that a quiz section points at a heading of its lesson', () => {
    site = fixtureSite();
    site.edit('quizzes/demo/14-15.yaml', 'section: eerste-stuk', 'section: derde-stuk');
    expectProblem(problemsOf(), 'quizzes/demo/14-15.yaml', 'questions.0.section', /eerste-stuk, tweede-stuk.*not "derde-stuk"/);
  });
});

describe('teacher guides', () => {
  it('requires the phases to add up to the duration', () => {
    site = fixtureSite();
    site.edit('teacher-guides/demo/14-15.mdx', 'minutes: 30', 'minutes: 25');
    expectProblem(problemsOf(), 'teacher-guides/demo/14-15.mdx', 'phases', /add up to the duration \(50 minutes\), but they add up to 45/);
  });

  it('rejects an unknown kerndoel', () => {
    site = fixtureSite();
    site.edit('teacher-guides/demo/14-15.mdx', 'kerndoelen: [3, 8]', 'kerndoelen: [3, 12]');
    expectProblem(problemsOf(), 'teacher-guides/demo/14-15.mdx', 'kerndoelen.1', /not 12/);
  });

  it('requires every section of the content guide', () => {
    site = fixtureSite();
    site.edit('teacher-guides/demo/14-15.mdx', '## Ouders', '## Thuis');
    expectProblem(problemsOf(), 'teacher-guides/demo/14-15.mdx', 'body', /"## Ouders"/);
  });

  it('requires the sections in order', () => {
    site = fixtureSite();
    site.edit('teacher-guides/demo/14-15.mdx', '## Voor je begint', '## Tijdelijk');
    site.edit('teacher-guides/demo/14-15.mdx', '## Bronnen', '## Bronnen\n\n## Voor je begint');
    expectProblem(problemsOf(), 'teacher-guides/demo/14-15.mdx', 'body', /in this order/);
  });
});

describe('data files', () => {
  it('reports a help resource without a verification date', () => {
    site = fixtureSite();
    site.edit('src/data/help-resources.yaml', /\n {4}verified: "2026-11"/, '');
    const problems = problemsOf();
    expect(problems.some((p) => p.file === 'src/data/help-resources.yaml' && /verified$/.test(p.field ?? ''))).toBe(true);
  });

  it('reports every problem at once, not only the first', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'readingMinutes: 10', 'readingMinutes: 99');
    site.remove('teacher-guides/demo/14-15.mdx');
    site.edit('quizzes/demo/14-15.yaml', 'correct: true', 'correct: false');
    const problems = problemsOf();
    expectProblem(problems, 'lessons/demo/14-15.mdx', 'readingMinutes', /at most 20/);
    expectProblem(problems, 'lessons/demo/14-15.mdx', undefined, /has no teacher guide/);
    expectProblem(problems, 'quizzes/demo/14-15.yaml', 'questions.0.options', /exactly one option/);
  });

  it('also checks the valid fields of a file that has a wrong one', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'readingMinutes: 10', 'readingMinutes: "tien"');
    site.edit('lessons/demo/14-15.mdx', 'help: [kindertelefoon]', 'help: [kindertelefon]');
    site.edit('lessons/demo/14-15.mdx', '<Hulp id="helpwanted" />', '<Hulp id="helpwantd" />');
    site.edit('quizzes/demo/14-15.yaml', 'type: truefalse', 'type: waarniet');
    site.edit('quizzes/demo/14-15.yaml', 'section: eerste-stuk', 'section: eerst-stuk');
    site.edit('teacher-guides/demo/14-15.mdx', 'duration: 50', 'duration: vijftig');
    site.edit('teacher-guides/demo/14-15.mdx', 'kerndoelen: [3, 8]', 'kerndoelen: [3, 99]');
    const problems = problemsOf();
    expectProblem(problems, 'lessons/demo/14-15.mdx', 'readingMinutes', /whole number/);
    expectProblem(problems, 'lessons/demo/14-15.mdx', 'help.0', /not "kindertelefon"/);
    expectProblem(problems, 'lessons/demo/14-15.mdx', '<Hulp id>', /not "helpwantd"/);
    expectProblem(problems, 'quizzes/demo/14-15.yaml', 'questions.2.type', /found "waarniet"/);
    expectProblem(problems, 'quizzes/demo/14-15.yaml', 'questions.0.section', /not "eerst-stuk"/);
    expectProblem(problems, 'teacher-guides/demo/14-15.mdx', 'duration', /lesson length in minutes/);
    expectProblem(problems, 'teacher-guides/demo/14-15.mdx', 'kerndoelen.1', /not 99/);
  });
});

describe('help details typed into content', () => {
  it('fail the check with file, line and what to use instead', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'Sam maakt een test.', 'Sam maakt een test. Bel de Kindertelefoon: 0800-0432.');
    expectProblem(problemsOf(), 'lessons/demo/14-15.mdx', 'line 18', /phone number "0800-0432".*<Hulp id/);
  });

  it('also in quizzes and teacher guides', () => {
    site = fixtureSite();
    site.edit('quizzes/demo/14-15.yaml', 'explanation: Omdat.', 'explanation: Kijk op helpwanted.nl.');
    site.edit('teacher-guides/demo/14-15.mdx', '## Ouders\n\nTekst.', '## Ouders\n\nBel 113.');
    const problems = problemsOf();
    expectProblem(problems, 'quizzes/demo/14-15.yaml', 'line 9', /address "helpwanted.nl"/);
    expectProblem(problems, 'teacher-guides/demo/14-15.mdx', 'line 36', /phone number "113"/);
  });
});

describe('npm run check', () => {
  it('prints every problem last and exits non-zero; question numbers count from 1', () => {
    site = fixtureSite();
    site.edit('quizzes/demo/14-15.yaml', 'type: truefalse', 'type: waarniet');
    site.edit('lessons/demo/14-15.mdx', 'help: [kindertelefoon]', 'help: [kindertelefon]');
    const { status, output } = site.run([`${PROJECT_ROOT}/scripts/check-content.ts`]);
    expect(status).toBe(1);
    expect(output).toContain('Content check found 2 problems:');
    expect(output).toContain('quizzes/demo/14-15.yaml → questions.2.type (question 3): expected type to be one of: single, multiple, truefalse, ordering, matching, scenario, reflection (found "waarniet")');
    expect(output).toContain('lessons/demo/14-15.mdx → help.0: expected a help resource key');
    expect(output.trimEnd().endsWith('Every field is described in docs/content-model.md.')).toBe(true);
  });

  it('exits zero on valid content and ends with the summary', () => {
    site = fixtureSite();
    const { status, output } = site.run([`${PROJECT_ROOT}/scripts/check-content.ts`]);
    expect(status, output).toBe(0);
    expect(output).toMatch(/demo\/14-15 +[\d.]+ +\(floor 60;/);
    expect(output.trimEnd().endsWith('Content is valid: 1 lesson, 1 quiz, 1 teacher guide, 1 general guide.')).toBe(true);
  });
});
