import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/curriculum/catalogue.ts';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import { describeLoad, learningLineCsv, planLearningLine } from '../../src/curriculum/learning-line.ts';
import type { LessonMeta } from '../../src/curriculum/schemas/lesson.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

const { ageBands, kerndoelen } = loadCurriculumData(PROJECT_ROOT);
const lessonMeta = (title: string) => ({ title } as LessonMeta);
const catalogue = buildCatalogue(
  ageBands,
  [
    { id: 'a', data: { title: 'Module "A"', summary: 's', order: 1, themes: ['t'] } },
    { id: 'b', data: { title: 'Module B; twee', summary: 's', order: 2, themes: ['t'] } },
  ],
  [
    { id: 'a/12-13', data: lessonMeta('Les A1') },
    { id: 'a/16-18', data: lessonMeta('Les A3') },
    { id: 'b/12-13', data: lessonMeta('Les B1') },
  ],
);
const guides = [
  { id: 'a/12-13', data: { duration: 50, kerndoelen: [3] } },
  { id: 'a/16-18', data: { duration: 100, kerndoelen: [3, 9] } },
  { id: 'b/12-13', data: { duration: 45, kerndoelen: [8] } },
];

describe('planLearningLine', () => {
  const plan = planLearningLine(catalogue, ageBands, guides, kerndoelen);

  it('groups lessons by school year in module order, with the minutes from each guide', () => {
    expect(plan.years.map((y) => [y.band.id, y.lessons.map((l) => l.title), y.minutes])).toEqual([
      ['12-13', ['Les A1', 'Les B1'], 95],
      ['14-15', [], 0],
      ['16-18', ['Les A3'], 100],
    ]);
    expect(plan.minutes).toBe(195);
  });

  it('says which lessons work on each kerndoel, and which kerndoelen none do', () => {
    const byGoal = Object.fromEntries(plan.coverage.map((c) => [c.goal.id, c.lessons.map((l) => l.id)]));
    expect(byGoal[3]).toEqual(['a/12-13', 'a/16-18']);
    expect(byGoal[8]).toEqual(['b/12-13']);
    expect(byGoal[1]).toEqual([]);
    expect(plan.uncovered.map((g) => g.id)).toEqual(kerndoelen.goals.map((g) => g.id).filter((id) => ![3, 8, 9].includes(id)));
    expect(plan.lessonCount).toBe(3);
  });

  it('refuses a lesson without a guide or with a kerndoel that does not exist', () => {
    expect(() => planLearningLine(catalogue, ageBands, guides.slice(1), kerndoelen)).toThrow('lesson a/12-13 has no teacher guide');
    expect(() => planLearningLine(catalogue, ageBands, [{ id: 'a/12-13', data: { duration: 50, kerndoelen: [99] } }, ...guides.slice(1)], kerndoelen)).toThrow('names kerndoel 99');
  });
});

describe('describeLoad', () => {
  it('counts lessons and school periods in Dutch', () => {
    expect(describeLoad(1, 50)).toBe('1 les · 50 minuten (1 lesuur van 50 minuten)');
    expect(describeLoad(3, 175)).toBe('3 lessen · 175 minuten (3,5 lesuren van 50 minuten)');
  });
});

describe('learningLineCsv', () => {
  const csv = learningLineCsv(planLearningLine(catalogue, ageBands, guides, kerndoelen), {
    lesson: (id) => `https://x.test/lessen/${id}/`,
    guide: (id) => `https://x.test/docenten/${id}/`,
  });
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

  it('starts with a byte-order mark and a header, one row per lesson', () => {
    expect(csv.startsWith('\uFEFFSchooljaar;Leeftijd;Module;Les;Minuten;Kerndoelen;')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('quotes fields with quotes or semicolons, so a spreadsheet keeps the columns', () => {
    expect(lines[1]).toBe('klas 1–2;12–13 jaar;"Module ""A""";Les A1;50;3. Veiligheid en privacy;https://x.test/lessen/a/12-13/;https://x.test/docenten/a/12-13/');
    expect(lines[2]).toContain(';"Module B; twee";Les B1;45;');
  });
});
