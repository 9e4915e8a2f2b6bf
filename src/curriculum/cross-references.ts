import type { ContentTree } from './content.ts';
import { CONTENT_DIRS, GENERAL_GUIDES_DIR } from './content.ts';
import type { CurriculumData } from './data.ts';
import { helpKeysUsed } from './headings.ts';
import type { Problem } from './problems.ts';
import { REQUIRED_GUIDE_SECTIONS } from './schemas/teacher-guide.ts';

const lessonFile = (id: string) => `${CONTENT_DIRS.lessons}/${id}.mdx`;
const quizFile = (id: string) => `${CONTENT_DIRS.quizzes}/${id}.yaml`;
const guideFile = (id: string) => `${CONTENT_DIRS.guides}/${id}.mdx`;

/**
 * Checks that join the content together: one lesson id (<module>/<band>) links a lesson,
 * its quiz and its guide; keys point at existing help resources and kerndoelen; quiz
 * "section" anchors exist in the lesson; guides have every required section.
 */
export function crossReferenceProblems(tree: ContentTree, data: CurriculumData): Problem[] {
  const problems: Problem[] = [];
  const bandIds = data.ageBands.map((b) => b.id);
  const { found } = tree;

  for (const file of tree.strayFiles) {
    problems.push({
      file,
      message:
        'is not where content files go: use lessons/<module>/<band>.mdx, lessons/<module>/module.yaml, ' +
        `quizzes/<module>/<band>.yaml, teacher-guides/<module>/<band>.mdx or teacher-guides/${GENERAL_GUIDES_DIR}/<name>.mdx`,
    });
  }

  for (const id of found.lessons) {
    const [module, band] = id.split('/') as [string, string];
    if (!bandIds.includes(band)) {
      problems.push({ file: lessonFile(id), message: `expected the file name to be an age band (${bandIds.join(', ')}), not "${band}"` });
    }
    if (!found.modules.has(module)) {
      problems.push({ file: lessonFile(id), message: `has no module metadata: create lessons/${module}/module.yaml` });
    }
    if (!found.quizzes.has(id)) problems.push({ file: lessonFile(id), message: `has no quiz: create ${quizFile(id)}` });
    if (!found.guides.has(id)) problems.push({ file: lessonFile(id), message: `has no teacher guide: create ${guideFile(id)}` });
  }
  for (const id of found.quizzes) {
    if (!found.lessons.has(id)) {
      problems.push({ file: quizFile(id), message: `has no lesson: expected ${lessonFile(id)} (the quiz path must match its lesson)` });
    }
  }
  for (const id of found.guides) {
    if (!found.lessons.has(id)) {
      problems.push({ file: guideFile(id), message: `has no lesson: expected ${lessonFile(id)} (the guide path must match its lesson)` });
    }
  }
  for (const module of found.modules) {
    if (![...found.lessons].some((id) => id.startsWith(`${module}/`))) {
      problems.push({ file: `${CONTENT_DIRS.lessons}/${module}/module.yaml`, message: 'describes a module with no lessons: add at least one lesson' });
    }
  }

  const knownHelp = Object.keys(data.helpResources);
  const checkHelpKey = (file: string, field: string, key: string) => {
    if (!knownHelp.includes(key)) {
      problems.push({ file, field, message: `expected a help resource key from src/data/help-resources.yaml (${knownHelp.join(', ')}), not "${key}"` });
    }
  };

  // Files that failed their schema are checked too, on the fields that are valid on their own.
  for (const lesson of [...tree.lessons, ...tree.partial.lessons]) {
    (lesson.data.help ?? []).forEach((key, i) => checkHelpKey(lesson.file, `help.${i}`, key));
    for (const key of helpKeysUsed(lesson.body)) checkHelpKey(lesson.file, '<Hulp id>', key);
    for (const component of ['Situatie', 'Opdracht']) {
      if (!lesson.body.includes(`<${component}`)) {
        problems.push({ file: lesson.file, field: 'body', message: `expected a <${component}> block (every lesson has a situation and a task)` });
      }
    }
  }

  const lessonsById = new Map([...tree.lessons, ...tree.partial.lessons].map((l) => [l.id, l]));
  for (const quiz of [...tree.quizzes, ...tree.partial.quizzes]) {
    const lesson = lessonsById.get(quiz.id);
    if (!lesson) continue;
    const slugs = lesson.headings.map((h) => h.slug);
    quiz.data.questions.forEach((q, i) => {
      if (q?.section && !slugs.includes(q.section)) {
        problems.push({
          file: quiz.file,
          field: `questions.${i}.section`,
          message: `expected the slug of a heading in ${lesson.file} (${slugs.join(', ') || 'it has none'}), not "${q.section}"`,
        });
      }
    });
  }

  const kerndoelIds = data.kerndoelen.goals.map((g) => g.id);
  for (const guide of [...tree.guides, ...tree.partial.guides]) {
    (guide.data.kerndoelen ?? []).forEach((id, i) => {
      if (!kerndoelIds.includes(id)) {
        problems.push({ file: guide.file, field: `kerndoelen.${i}`, message: `expected a kerndoel number from src/data/kerndoelen.yaml (${kerndoelIds.join(', ')}), not ${id}` });
      }
    });
    const sections = guide.headings.filter((h) => h.depth === 2).map((h) => h.text);
    const missing = REQUIRED_GUIDE_SECTIONS.filter((s) => !sections.includes(s));
    if (missing.length) {
      problems.push({ file: guide.file, field: 'body', message: `expected the sections ${missing.map((s) => `"## ${s}"`).join(', ')}` });
    } else {
      const order = REQUIRED_GUIDE_SECTIONS.map((s) => sections.indexOf(s));
      if (order.some((pos, i) => i > 0 && pos < order[i - 1]!)) {
        problems.push({ file: guide.file, field: 'body', message: `expected the sections in this order: ${REQUIRED_GUIDE_SECTIONS.join(' · ')}` });
      }
    }
    for (const key of helpKeysUsed(guide.body)) checkHelpKey(guide.file, '<Hulp id>', key);
  }
  for (const guide of tree.generalGuides) {
    for (const key of helpKeysUsed(guide.body)) checkHelpKey(guide.file, '<Hulp id>', key);
  }

  return problems;
}
