// Writes the quiz questions as Moodle XML, one file per quiz, into exports/moodle/, with a
// README.md that lists what was skipped and why. Usage: npm run export:moodle (docs/exports.md)
import { exportMoodle } from '../src/export/export-moodle.ts';
import { ContentError, formatProblems } from '../src/curriculum/problems.ts';

try {
  const { summary } = exportMoodle({ root: process.cwd() });
  console.log(summary.trimEnd());
  console.log('\nWritten to exports/moodle/ (summary in exports/moodle/README.md).');
} catch (error) {
  console.error(error instanceof ContentError ? formatProblems(error.problems) : `Moodle export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
