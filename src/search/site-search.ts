import { readYaml } from '../curriculum/read-files.ts';
import { assertValidContent } from '../curriculum/validate.ts';
import type { AcuteNeedWords } from './acute-need.ts';
import { acuteNeedSchema } from './acute-need-schema.ts';
import { searchDocuments } from './documents.ts';
import { buildSearchIndex } from './index-builder.ts';

export const ACUTE_NEED_FILE = 'src/data/acute-need.yaml';

let cached: ReturnType<typeof buildSearchIndex> | undefined;

/** The search index and store of the whole site, built once per build. */
export function siteSearchIndex(root = process.cwd()) {
  if (!cached) {
    const { tree, data } = assertValidContent(root);
    cached = buildSearchIndex(searchDocuments(tree, data));
  }
  return cached;
}

export function acuteNeedWords(root = process.cwd()): AcuteNeedWords {
  const read = readYaml(root, ACUTE_NEED_FILE);
  if (!read.ok) throw new Error(`${read.problem.file}: ${read.problem.message}`);
  const parsed = acuteNeedSchema.safeParse(read.value);
  if (!parsed.success) throw new Error(`${ACUTE_NEED_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
