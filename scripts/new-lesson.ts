// npm run new -- <module> <band>: a lesson, its quiz and its teacher guide from templates that pass
// the content check, plus lessons/<module>/module.yaml when the module is new.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../src/curriculum/content.ts';
import { loadCurriculumData } from '../src/curriculum/data.ts';
import { ContentError, formatProblems } from '../src/curriculum/problems.ts';
import { planScaffold } from '../src/scaffold/scaffold.ts';

const [module, band, ...rest] = process.argv.slice(2);
if (!module || !band || rest.length) {
  console.error('Usage: npm run new -- <module> <band>\n  e.g. npm run new -- online-pesten 12-13');
  process.exit(2);
}

const root = process.cwd();
let data;
try {
  data = loadCurriculumData(root);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`The data files must be valid first.\n${formatProblems(error.problems)}`);
    process.exit(1);
  }
  throw error;
}
const moduleOrders = readContent(root).tree.modules.map((m) => m.data.order);
const plan = planScaffold({ root, module, band, data, moduleOrders });
if (!plan.ok) {
  console.error(`Nothing was written:\n${plan.errors.map((e) => `  • ${e}`).join('\n')}`);
  process.exit(1);
}
for (const file of plan.files) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.content, { flag: 'wx' });
  console.log(`  created ${file.path}`);
}
for (const path of plan.kept) console.log(`  kept    ${path} (exists already; not changed)`);
console.log(`
Next: replace every text marked ✎ (npm run check lists where they are), then
  npm run check     all problems at once
  npm run dev       preview /lessen/${module}/${band}/ while you write
See docs/content-model.md for every field and docs/adapting.md for the rules of the content.`);
