import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentTree } from './content.ts';
import type { CurriculumData } from './data.ts';
import { deniedWordsIn } from './deny-words.ts';
import { glossaryLinkProblems } from './glossary-links.ts';
import { proseOf } from './mdx-text.ts';
import type { Problem } from './problems.ts';
import { fleschDouma } from './readability.ts';
import type { LessonMeta } from './schemas/lesson.ts';
import { findTypedContacts } from './typed-contacts.ts';

/** The shape of a quiz from the content guide. */
export const QUIZ_SHAPE = { minQuestions: 6, maxQuestions: 10, minTypes: 3, requiredType: 'scenario' } as const;

/** Everything a pupil reads in a lesson, as plain text. */
export function lessonPupilText(meta: LessonMeta, body: string): string {
  return [meta.notice, ...meta.goals, ...meta.recap, proseOf(body)].join('\n');
}

/**
 * The content guide's rules on the words themselves: readability per band, no words from the
 * band's deny list, glossary terms linked at first use, the shape of each quiz, and no help
 * details typed into any content file.
 */
export function contentRuleProblems(root: string, tree: ContentTree, data: CurriculumData): Problem[] {
  const problems: Problem[] = [];
  const read = (file: string) => readFileSync(join(root, file), 'utf8');

  for (const lesson of tree.lessons) {
    const band = data.ageBands.find((b) => lesson.id.endsWith(`/${b.id}`));
    if (band) {
      const { score, words, sentences } = fleschDouma(lessonPupilText(lesson.data, lesson.body));
      if (score < band.readabilityFloor) {
        problems.push({
          file: lesson.file,
          field: 'readability',
          message: `expected a Flesch-Douma score of at least ${band.readabilityFloor} for ${band.id}, got ${score} (${words} words in ${sentences} sentences): use shorter sentences and shorter, more common words`,
        });
      }
    }
  }
  // The glossary rule reads the body only, so it also runs on lessons whose frontmatter failed.
  for (const lesson of [...tree.lessons, ...tree.partial.lessons]) {
    for (const problem of glossaryLinkProblems(lesson.body, data.glossary)) {
      problems.push({ file: lesson.file, field: `line ${problem.line + frontmatterLines(read(lesson.file))}`, message: problem.message });
    }
  }

  const pupilFiles = [...tree.lessons, ...tree.partial.lessons, ...tree.quizzes, ...tree.partial.quizzes].map((entry) => entry.file);
  for (const file of pupilFiles) {
    const band = file.match(/\/(\d{2}-\d{2})\.\w+$/)?.[1];
    if (!band) continue;
    for (const hit of deniedWordsIn(read(file), band, data.denyList)) {
      problems.push({
        file,
        field: `line ${hit.line}`,
        message: `"${hit.word}" must not appear in pupil text for ${band}${hit.why ? ` (${hit.why})` : ''}: leave it to the teacher guide or the 16-18 lesson`,
      });
    }
  }

  for (const quiz of tree.quizzes) {
    const questions = quiz.data.questions;
    const types = new Set(questions.map((q) => q.type));
    if (questions.length < QUIZ_SHAPE.minQuestions || questions.length > QUIZ_SHAPE.maxQuestions) {
      problems.push({ file: quiz.file, field: 'questions', message: `expected ${QUIZ_SHAPE.minQuestions} to ${QUIZ_SHAPE.maxQuestions} questions, found ${questions.length}` });
    }
    if (types.size < QUIZ_SHAPE.minTypes) {
      problems.push({ file: quiz.file, field: 'questions', message: `expected at least ${QUIZ_SHAPE.minTypes} question types, found ${types.size} (${[...types].join(', ')})` });
    }
    if (!types.has(QUIZ_SHAPE.requiredType)) {
      problems.push({ file: quiz.file, field: 'questions', message: 'expected a scenario question ("Wat doe je?") at the heart of the quiz' });
    }
  }

  const allFiles = [...tree.lessons, ...tree.guides, ...tree.generalGuides, ...tree.quizzes, ...tree.partial.lessons, ...tree.partial.quizzes, ...tree.partial.guides].map((e) => e.file);
  for (const file of allFiles) {
    for (const hit of findTypedContacts(read(file), { ...data.helpResources, ...data.regionResources })) {
      problems.push({
        file,
        field: `line ${hit.line}`,
        message:
          hit.kind === 'phone'
            ? `found the phone number "${hit.found}" typed in the text: show help with <Hulp id="…"/> or the lesson's help list, so numbers live only in src/data/help-resources.yaml`
            : `found the address "${hit.found}" of a help service typed in the text: use <Hulp id="…"/> instead`,
      });
    }
  }
  return problems;
}

/** Lines taken by the frontmatter block, so body line numbers can be given as file lines. */
function frontmatterLines(source: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(source);
  return match ? match[0].split('\n').length - 1 : 0;
}
