// Plans the files for a new lesson (and, for a new module, its module.yaml) from the templates
// in ./templates. Pure: it returns what to write, or why it cannot; the script does the writing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIRS } from '../curriculum/content.ts';
import type { CurriculumData } from '../curriculum/data.ts';

const TEMPLATE_DIR = fileURLToPath(new URL('./templates/', import.meta.url));
const MODULE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The help resource a new lesson starts with when the data has it: open to every pupil, any worry. */
const PREFERRED_HELP = ['kindertelefoon', 'awel'];
/** Kerndoel 3, "Veiligheid en privacy", fits every lesson of this course; authors add more. */
const PREFERRED_KERNDOEL = 3;

export interface ScaffoldRequest {
  root: string;
  module: string;
  band: string;
  data: Pick<CurriculumData, 'ageBands' | 'helpResources' | 'kerndoelen'>;
  /** Order numbers of the modules that exist, so a new module goes last. */
  moduleOrders: number[];
}

export interface PlannedFile {
  path: string;
  content: string;
}

/** `kept`: files of this lesson that exist already; they are never overwritten. */
export type ScaffoldPlan = { ok: true; files: PlannedFile[]; kept: string[] } | { ok: false; errors: string[] };

export function planScaffold(request: ScaffoldRequest): ScaffoldPlan {
  const { root, module, band, data } = request;
  const errors: string[] = [];
  if (!MODULE_SLUG.test(module)) {
    errors.push(`module "${module}": expected lower-case letters, digits and hyphens, such as "online-pesten"`);
  }
  if (module === 'algemeen') errors.push('module "algemeen" is reserved for the general teacher guides');
  const ageBand = data.ageBands.find((b) => b.id === band);
  if (!ageBand) errors.push(`band "${band}": expected one of ${data.ageBands.map((b) => b.id).join(', ')}`);
  const help = PREFERRED_HELP.find((key) => key in data.helpResources) ?? Object.keys(data.helpResources)[0];
  const goalIds = data.kerndoelen.goals.map((goal) => goal.id);
  const kerndoel = goalIds.includes(PREFERRED_KERNDOEL) ? PREFERRED_KERNDOEL : goalIds[0];
  if (!help) errors.push('src/data/help-resources.yaml has no resources; a lesson needs at least one');
  if (kerndoel === undefined) errors.push('src/data/kerndoelen.yaml has no kerndoelen; a guide needs at least one');
  if (errors.length || !ageBand || !help || kerndoel === undefined) return { ok: false, errors };

  const values: Record<string, string> = {
    module,
    band,
    bandLabel: ageBand.label,
    grades: ageBand.grades,
    help,
    kerndoel: String(kerndoel),
    moduleTitle: titleFromSlug(module),
    order: String(Math.max(0, ...request.moduleOrders) + 1),
  };
  const id = `${module}/${band}`;
  const files: PlannedFile[] = [
    { path: `${CONTENT_DIRS.lessons}/${id}.mdx`, content: fill('lesson.mdx', values) },
    { path: `${CONTENT_DIRS.quizzes}/${id}.yaml`, content: fill('quiz.yaml', values) },
    { path: `${CONTENT_DIRS.guides}/${id}.mdx`, content: fill('guide.mdx', values) },
  ];
  // Only what is missing is written, so a lesson whose quiz or guide is missing can be completed.
  const kept = files.filter((f) => existsSync(join(root, f.path))).map((f) => f.path);
  if (kept.length === files.length) {
    return { ok: false, errors: [`${id} already has a lesson, a quiz and a teacher guide; nothing was written (pick another band, or edit the files)`] };
  }
  const toWrite = files.filter((f) => !kept.includes(f.path));
  const moduleFile = `${CONTENT_DIRS.lessons}/${module}/module.yaml`;
  if (!existsSync(join(root, moduleFile))) toWrite.unshift({ path: moduleFile, content: fill('module.yaml', values) });
  return { ok: true, files: toWrite, kept };
}

/** "online-pesten" → "Online pesten": a start the author will usually rewrite. */
export function titleFromSlug(slug: string): string {
  const words = slug.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fill(template: string, values: Record<string, string>): string {
  const text = readFileSync(join(TEMPLATE_DIR, template), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`template ${template} uses {{${key}}}, which the scaffold does not fill`);
    return value;
  });
}
