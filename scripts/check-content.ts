// Checks every content file without building the site; lists every problem at once.
import { formatProblems } from '../src/curriculum/problems.ts';
import { validateContent } from '../src/curriculum/validate.ts';

const { tree, problems } = validateContent(process.cwd());
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Content is valid: ${tree.lessons.length} lessons, ${tree.quizzes.length} quizzes, ${tree.guides.length} teacher guides, ${tree.generalGuides.length} general guides.`);
