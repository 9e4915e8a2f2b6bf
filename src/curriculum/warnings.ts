// Things worth a look that must not stop a build: text still to write in a scaffolded lesson,
// and, in a regional edition, lesson text that names a Dutch help service.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholderWarningsIn } from '../scaffold/placeholders.ts';
import { CONTENT_DIRS } from './content.ts';
import { loadCurriculumData, type CurriculumData } from './data.ts';
import type { Problem } from './problems.ts';
import { listFiles } from './read-files.ts';
import { DEFAULT_REGION } from './regions.ts';
import { replacedServiceMentions } from './region-mentions.ts';

export function contentWarnings(root: string, data: CurriculumData): Problem[] {
  const warnings = placeholderWarningsIn(root);
  if (data.region.id !== DEFAULT_REGION) {
    const files = Object.values(CONTENT_DIRS)
      .flatMap((dir) => listFiles(root, dir))
      .map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
    const base = loadCurriculumData(root, DEFAULT_REGION).helpResources;
    warnings.push(...replacedServiceMentions(files, base, data.helpResources, data.region.name));
  }
  return warnings;
}
