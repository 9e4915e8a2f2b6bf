import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../curriculum/content.ts';
import { loadCurriculumData } from '../curriculum/data.ts';
import { ContentError } from '../curriculum/problems.ts';
import { splitLessonId } from '../lib/routes.ts';
import { buildBridge } from './build-bridge.ts';
import { buildScormPackage } from './scorm-package.ts';

export interface ScormExportOptions {
  /** The project root (content and src/). */
  root: string;
  /** The built site; default <root>/dist. */
  dist?: string;
  /** Where the packages go; default <root>/exports/scorm (emptied first). */
  outDir?: string;
  /** Only these lessons ("sextortion/14-15"); default every lesson. */
  lessonIds?: string[];
}
export interface WrittenPackage {
  lessonId: string;
  path: string;
  bytes: number;
  files: number;
  /** The site address links to other pages point at (from the build's SITE_URL). */
  siteUrl: string;
}

export class MissingBuildError extends Error {}

/** Writes one SCORM 1.2 package per lesson, made from the built site in dist/. */
export async function exportScorm({ root, dist = join(root, 'dist'), outDir = join(root, 'exports', 'scorm'), lessonIds }: ScormExportOptions): Promise<WrittenPackage[]> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new MissingBuildError(`No built site in ${dist}: run "npm run build" first, then export again.`);
  }
  const { tree, problems } = readContent(root);
  if (problems.length) throw new ContentError(problems);
  const bands = loadCurriculumData(root).ageBands;
  const lessons = tree.lessons.filter((l) => !lessonIds || lessonIds.includes(l.id)).sort((a, b) => a.id.localeCompare(b.id));
  const unknown = (lessonIds ?? []).filter((id) => !tree.lessons.some((l) => l.id === id));
  if (unknown.length) throw new Error(`No lesson with id ${unknown.join(', ')}`);

  const bridge = await buildBridge(root);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const lesson of lessons) {
    const band = bands.find((b) => b.id === splitLessonId(lesson.id).band);
    const title = band ? `${lesson.data.title} (${band.label})` : lesson.data.title;
    const pkg = buildScormPackage({ dist, lessonId: lesson.id, title, bridge });
    const path = join(outDir, pkg.name);
    writeFileSync(path, pkg.zip);
    written.push({ lessonId: lesson.id, path, bytes: pkg.zip.byteLength, files: pkg.files.length, siteUrl: pkg.siteUrl });
  }
  return written;
}
