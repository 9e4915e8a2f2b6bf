// Checks every content file without building the site; lists every problem at once.
// Order of the output: readability of every valid lesson, warnings, then the problems (last, so
// they are what an author sees), and a non-zero exit code when there is any problem.
import { lessonPupilText } from '../src/curriculum/content-rules.ts';
import { formatProblem, formatProblems } from '../src/curriculum/problems.ts';
import { fleschDouma } from '../src/curriculum/readability.ts';
import { validateContent } from '../src/curriculum/validate.ts';
import { contentWarnings } from '../src/curriculum/warnings.ts';

const { tree, data, problems } = validateContent(process.cwd());

if (data && tree.lessons.length) {
  console.log('Readability of pupil lessons (Flesch-Douma, higher is easier):');
  for (const lesson of tree.lessons) {
    const band = data.ageBands.find((b) => lesson.id.endsWith(`/${b.id}`));
    if (!band) continue;
    const { score, words, sentences } = fleschDouma(lessonPupilText(lesson.data, lesson.body));
    console.log(`  ${lesson.id.padEnd(28)} ${String(score).padStart(6)}  (floor ${band.readabilityFloor}; ${words} words, ${(words / sentences).toFixed(1)} per sentence)`);
  }
  console.log('');
}

const warnings = data ? contentWarnings(process.cwd(), data) : [];
if (warnings.length) {
  console.log(`Worth a look (not errors):\n${warnings.map((w) => `  • ${formatProblem(w)}`).join('\n')}\n`);
}

if (problems.length) {
  console.error(formatProblems(problems));
  console.error('\nEvery field is described in docs/content-model.md.');
  process.exit(1);
}
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.log(
  `Content is valid: ${count(tree.lessons.length, 'lesson', 'lessons')}, ${count(tree.quizzes.length, 'quiz', 'quizzes')}, ` +
    `${count(tree.guides.length, 'teacher guide', 'teacher guides')}, ${count(tree.generalGuides.length, 'general guide', 'general guides')}.`,
);
