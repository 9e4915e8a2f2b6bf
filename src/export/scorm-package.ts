import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { routes } from '../lib/routes.ts';
import { buildManifest } from './scorm-manifest.ts';
import { manifestProblems } from './scorm-manifest-rules.ts';
import { rewriteLessonPage } from './scorm-page.ts';
import { createZip, type ZipEntry } from './zip.ts';

export const LAUNCH_FILE = 'index.html';
export const BRIDGE_FILE = 'scorm-bridge.js';
/** The site's help page, carried in every package so help works without the site. */
export const HELP_FILE = 'hulp.html';

export interface PackageInput {
  /** The built site. */
  dist: string;
  lessonId: string;
  /** Title in the LMS. */
  title: string;
  /** The bridge script (build-bridge.ts). */
  bridge: string;
}
export interface ScormPackage {
  /** "<module>-<band>.zip" */
  name: string;
  zip: Buffer;
  /** Paths in the package, imsmanifest.xml first. */
  files: string[];
  /** The site address that links to other pages point at. */
  siteUrl: string;
}

/** Builds the SCORM 1.2 package of one lesson from its built page; throws on any problem. */
export function buildScormPackage({ dist, lessonId, title, bridge }: PackageInput): ScormPackage {
  const pagePath = join(dist, routes.lesson(lessonId), 'index.html');
  if (!existsSync(pagePath)) throw new Error(`${lessonId}: no built page at ${pagePath}; run "npm run build" first`);
  const helpPath = join(dist, routes.help(), 'index.html');
  const localPages: Record<string, string> = existsSync(helpPath) ? { [routes.help()]: HELP_FILE } : {};
  const page = rewriteLessonPage(readFileSync(pagePath, 'utf8'), BRIDGE_FILE, { localPages });
  const help = existsSync(helpPath) ? rewriteLessonPage(readFileSync(helpPath, 'utf8'), BRIDGE_FILE, { localPages, sco: false }) : undefined;

  const carried = collectFiles(dist, [...new Set([...page.files, ...(help?.files ?? [])])]);
  const entries: ZipEntry[] = [
    { path: LAUNCH_FILE, data: Buffer.from(page.html) },
    ...(help ? [{ path: HELP_FILE, data: Buffer.from(help.html) }] : []),
    { path: BRIDGE_FILE, data: Buffer.from(bridge) },
    ...carried,
  ];
  const files = entries.map((e) => e.path);
  const manifest = buildManifest({ identifier: `digitaal-weerbaar-${lessonId}`, title, launch: LAUNCH_FILE, files });
  const problems = [
    ...manifestProblems(manifest, ['imsmanifest.xml', ...files]),
    ...rootReferences(page.html, LAUNCH_FILE),
    ...(help ? rootReferences(help.html, HELP_FILE) : []),
  ];
  if (problems.length) throw new Error(`${lessonId}: the SCORM package is not valid:\n  • ${problems.join('\n  • ')}`);
  return {
    name: `${lessonId.replace('/', '-')}.zip`,
    zip: createZip([{ path: 'imsmanifest.xml', data: Buffer.from(manifest) }, ...entries]),
    files: ['imsmanifest.xml', ...files],
    siteUrl: page.siteUrl,
  };
}

/**
 * The site files a page needs, with what they load in turn: scripts import their chunks with
 * relative paths ("./client.abc.js"), which stay valid; stylesheets may point at files with
 * root-relative url(), which are made relative here. A script that still names a root path
 * would break in the package, so it stops the export.
 */
function collectFiles(dist: string, start: string[]): ZipEntry[] {
  const queue = [...start];
  const done = new Map<string, Buffer>();
  while (queue.length) {
    const url = queue.shift()!;
    const path = url.replace(/^\//, '');
    if (done.has(path)) continue;
    const file = join(dist, path);
    if (!existsSync(file)) throw new Error(`the page needs ${url}, which is not in ${dist}`);
    let data = readFileSync(file);
    if (path.endsWith('.js')) {
      const code = data.toString('utf8');
      if (/["'`]\/_astro\//.test(code)) throw new Error(`${url} names a root path ("/_astro/…"), which would break in a package`);
      for (const m of code.matchAll(/["'`](\.\.?\/[^"'`]+?\.(?:js|css))["'`]/g)) queue.push(posix.join(posix.dirname(url), m[1]!));
    } else if (path.endsWith('.css')) {
      const css = data.toString('utf8').replace(/url\((["']?)(\/[^)"']+)\1\)/g, (_, quote: string, target: string) => {
        queue.push(target.replace(/[?#].*$/, ''));
        return `url(${quote}${posix.relative(posix.dirname(url), target)}${quote})`;
      });
      data = Buffer.from(css);
    }
    done.set(path, data);
  }
  return [...done].sort(([a], [b]) => a.localeCompare(b)).map(([path, data]) => ({ path, data }));
}

/** Attributes in the launch page that still point at the site root (they would hit the LMS). */
export function rootReferences(html: string, where: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action|component-url|renderer-url|before-hydration-url)="(\/(?!\/)[^"]*)"/g)].map(
    (m) => `${where} still points at the site root: ${m[1]}`,
  );
}
