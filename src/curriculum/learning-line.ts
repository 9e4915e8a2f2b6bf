// The learning line for school coordinators: every lesson by age band with its duration and the
// kerndoelen it works on, totals per school year, and which kerndoelen the course covers.
import type { CatalogueModule } from './catalogue.ts';
import type { AgeBand } from './schemas/age-band.ts';
import type { Kerndoelen } from './schemas/kerndoel.ts';

type Goal = Kerndoelen['goals'][number];

export interface PlannedLesson {
  id: string;
  moduleTitle: string;
  title: string;
  band: AgeBand;
  /** Length of the lesson in class, from its teacher guide. */
  minutes: number;
  kerndoelen: Goal[];
}

export interface LearningLinePlan {
  years: { band: AgeBand; lessons: PlannedLesson[]; minutes: number }[];
  coverage: { goal: Goal; lessons: PlannedLesson[] }[];
  /** Kerndoelen no lesson works on: said plainly, so a school knows what else it needs. */
  uncovered: Goal[];
  lessonCount: number;
  minutes: number;
}

interface GuideFacts {
  id: string;
  data: { duration: number; kerndoelen: number[] };
}

export function planLearningLine(catalogue: CatalogueModule[], bands: AgeBand[], guides: GuideFacts[], kerndoelen: Kerndoelen): LearningLinePlan {
  const lessons: PlannedLesson[] = catalogue.flatMap((module) =>
    module.lessons.map((lesson) => {
      const guide = guides.find((g) => g.id === lesson.id);
      if (!guide) throw new Error(`lesson ${lesson.id} has no teacher guide, so its duration and kerndoelen are unknown`);
      return {
        id: lesson.id,
        moduleTitle: module.meta.title,
        title: lesson.meta.title,
        band: lesson.band,
        minutes: guide.data.duration,
        kerndoelen: guide.data.kerndoelen.map((id) => {
          const goal = kerndoelen.goals.find((g) => g.id === id);
          if (!goal) throw new Error(`lesson ${lesson.id} names kerndoel ${id}, which is not in the kerndoelen data`);
          return goal;
        }),
      };
    }),
  );
  const years = bands.map((band) => {
    const inYear = lessons.filter((l) => l.band.id === band.id);
    return { band, lessons: inYear, minutes: sum(inYear.map((l) => l.minutes)) };
  });
  const coverage = kerndoelen.goals.map((goal) => ({ goal, lessons: lessons.filter((l) => l.kerndoelen.some((k) => k.id === goal.id)) }));
  const uncovered = coverage.filter((c) => c.lessons.length === 0).map((c) => c.goal);
  return { years, coverage, uncovered, lessonCount: lessons.length, minutes: sum(lessons.map((l) => l.minutes)) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** "3 lessen · 150 minuten (3 lesuren van 50 minuten)" */
export function describeLoad(lessonCount: number, minutes: number, periodMinutes = 50): string {
  const periods = minutes / periodMinutes;
  const shownPeriods = Number.isInteger(periods) ? String(periods) : periods.toFixed(1).replace('.', ',');
  return `${lessonCount} ${lessonCount === 1 ? 'les' : 'lessen'} · ${minutes} minuten (${shownPeriods} ${periods === 1 ? 'lesuur' : 'lesuren'} van ${periodMinutes} minuten)`;
}

/**
 * The plan as CSV for a spreadsheet: semicolons and a byte-order mark, because that is what
 * Dutch-language Excel opens correctly with a double click.
 */
export function learningLineCsv(plan: LearningLinePlan, urls: { lesson: (id: string) => string; guide: (id: string) => string }): string {
  const header = ['Schooljaar', 'Leeftijd', 'Module', 'Les', 'Minuten', 'Kerndoelen', 'Les (adres)', 'Handleiding (adres)'];
  const rows = plan.years.flatMap(({ band, lessons }) =>
    lessons.map((l) => [band.grades, band.label, l.moduleTitle, l.title, String(l.minutes), l.kerndoelen.map((k) => `${k.id}. ${k.title}`).join(', '), urls.lesson(l.id), urls.guide(l.id)]),
  );
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
