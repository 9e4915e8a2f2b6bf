// Writes a SCORM 1.2 package per lesson into exports/scorm/, made from the built site.
// Usage: npm run build && npm run export:scorm [-- sextortion/14-15 …]   (docs/exports.md)
import { relative } from 'node:path';
import { exportScorm, MissingBuildError } from '../src/export/export-scorm.ts';
import { ContentError, formatProblems } from '../src/curriculum/problems.ts';

const root = process.cwd();
const lessonIds = process.argv.slice(2);
try {
  const written = await exportScorm({ root, lessonIds: lessonIds.length ? lessonIds : undefined });
  for (const p of written) console.log(`  ${relative(root, p.path).padEnd(44)} ${(p.bytes / 1024).toFixed(1).padStart(7)} KB  ${p.files} files`);
  console.log(`Wrote ${written.length} SCORM 1.2 packages; every manifest passed the SCORM 1.2 checks.`);
  const site = written[0]?.siteUrl;
  if (site && new URL(site).hostname.endsWith('.example')) {
    console.warn(`Note: links to other pages point at ${site}, a placeholder. Build with SITE_URL=https://… npm run build to point them at the real site.`);
  }
} catch (error) {
  if (error instanceof MissingBuildError) console.error(error.message);
  else if (error instanceof ContentError) console.error(formatProblems(error.problems));
  else console.error(`SCORM export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
