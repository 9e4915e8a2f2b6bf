import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../curriculum/content.ts';
import { loadCurriculumData } from '../curriculum/data.ts';
import { ContentError } from '../curriculum/problems.ts';
import { splitLessonId } from '../lib/routes.ts';
import { quizToMoodleXml, type MoodleQuiz } from './moodle-xml.ts';

export interface MoodleExportResult extends Omit<MoodleQuiz, 'xml'> {
  lessonId: string;
  path: string;
}
export const SUMMARY_FILE = 'README.md';

/** Writes Moodle XML per quiz into outDir (emptied first), with a summary of what was skipped. */
export function exportMoodle({ root, outDir = join(root, 'exports', 'moodle') }: { root: string; outDir?: string }): { results: MoodleExportResult[]; summary: string } {
  const { tree, problems } = readContent(root);
  if (problems.length) throw new ContentError(problems);
  const bands = loadCurriculumData(root).ageBands;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const results: MoodleExportResult[] = [];
  for (const quiz of [...tree.quizzes].sort((a, b) => a.id.localeCompare(b.id))) {
    const { module, band } = splitLessonId(quiz.id);
    const moduleTitle = tree.modules.find((m) => m.id === module)?.data.title ?? module;
    const bandLabel = bands.find((b) => b.id === band)?.label ?? band;
    const { xml, exported, skipped } = quizToMoodleXml({ quiz: quiz.data, lessonId: quiz.id, category: `${moduleTitle} (${bandLabel})` });
    const path = join(outDir, `${module}-${band}.xml`);
    writeFileSync(path, xml);
    results.push({ lessonId: quiz.id, path, exported, skipped });
  }
  const summary = moodleSummary(results);
  writeFileSync(join(outDir, SUMMARY_FILE), summary);
  return { results, summary };
}

/** The summary printed and written next to the XML files: counts per file, and every skipped question with why. */
export function moodleSummary(results: Omit<MoodleExportResult, 'path'>[]): string {
  const exported = results.reduce((n, r) => n + r.exported.length, 0);
  const skipped = results.flatMap((r) => r.skipped.map((s) => ({ ...s, lessonId: r.lessonId })));
  const lines = [
    '# Moodle XML export',
    '',
    `${exported} questions exported, ${skipped.length} skipped, from ${results.length} quizzes. Import each file in Moodle under`,
    'Question bank → Import → Moodle XML format; each quiz gets its own category. See docs/exports.md.',
    '',
    '| file | exported | skipped |',
    '|---|---|---|',
    ...results.map((r) => `| ${r.lessonId.replace('/', '-')}.xml | ${r.exported.length} | ${r.skipped.length} |`),
    '',
    '## Skipped questions',
    '',
    ...(skipped.length ? skipped.map((s) => `- ${s.lessonId} → ${s.id} (${s.type}): ${s.reason}`) : ['None.']),
    '',
  ];
  return lines.join('\n');
}
