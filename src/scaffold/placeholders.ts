// Text still to write in a scaffolded file is marked with ✎. The check accepts it (so a new lesson
// can be built and previewed at once) but lists it, so nothing half-written goes out unnoticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIRS } from '../curriculum/content.ts';
import type { Problem } from '../curriculum/problems.ts';
import { listFiles } from '../curriculum/read-files.ts';

export const PLACEHOLDER = '✎';

/** One warning per file that still holds placeholders, with the lines where they are. */
export function placeholderWarnings(files: { file: string; text: string }[]): Problem[] {
  const warnings: Problem[] = [];
  for (const { file, text } of files) {
    const lines = text.split('\n').flatMap((line, i) => (line.includes(PLACEHOLDER) ? [i + 1] : []));
    if (!lines.length) continue;
    const shown = lines.length > 6 ? `${lines.slice(0, 6).join(', ')} …` : lines.join(', ');
    warnings.push({ file, message: `${lines.length} line${lines.length > 1 ? 's' : ''} still marked ${PLACEHOLDER} to write (line ${shown})` });
  }
  return warnings;
}

/** Placeholder warnings for every content file under `root`. */
export function placeholderWarningsIn(root: string): Problem[] {
  const files = Object.values(CONTENT_DIRS).flatMap((dir) => listFiles(root, dir));
  return placeholderWarnings(files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') })));
}
