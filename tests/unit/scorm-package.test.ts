import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportScorm, MissingBuildError } from '../../src/export/export-scorm.ts';
import { manifestProblems } from '../../src/export/scorm-manifest-rules.ts';
import { buildScormPackage } from '../../src/export/scorm-package.ts';
import { readZip } from '../../src/export/zip.ts';

// A tiny built site: one lesson page with a script chunk that imports another, and a
// stylesheet that points at a font with a root path.
const dist = mkdtempSync(join(tmpdir(), 'scorm-dist-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const siteScript = 'navigator.serviceWorker?.register(`/sw.js`);';
const hash = `'sha256-${createHash('sha256').update(siteScript).digest('base64')}'`;
const files: Record<string, string> = {
  'lessen/m/14-15/index.html': `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash};">
<link rel="canonical" href="https://site.example/lessen/m/14-15/"><link rel="stylesheet" href="/_astro/a.css"></head>
<body><script type="module">${siteScript}</script><astro-island component-url="/_astro/Quiz.js"></astro-island></body></html>`,
  '_astro/Quiz.js': 'import{a}from"./client.js";a();',
  '_astro/client.js': 'export const a=()=>{};',
  '_astro/a.css': '@font-face{src:url(/_astro/font.woff2)}body{color:red}',
  '_astro/font.woff2': 'FONT',
  '_astro/unused.js': 'never loaded',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}

describe('SCORM package of one lesson', () => {
  const pkg = buildScormPackage({ dist, lessonId: 'm/14-15', title: 'Les & zo', bridge: '/*bridge*/' });
  const entries = readZip(pkg.zip);
  const get = (path: string) => Buffer.from(entries.find((e) => e.path === path)!.data).toString('utf8');

  it('is a zip with the manifest first, at the root', () => {
    expect(pkg.name).toBe('m-14-15.zip');
    expect(entries[0]!.path).toBe('imsmanifest.xml');
    expect(entries.map((e) => e.path)).toEqual(pkg.files);
  });

  it('carries exactly the files the page needs, following imports and stylesheet urls', () => {
    expect(pkg.files.slice(1).sort()).toEqual(['_astro/Quiz.js', '_astro/a.css', '_astro/client.js', '_astro/font.woff2', 'index.html', 'scorm-bridge.js']);
    expect(get('_astro/a.css')).toBe('@font-face{src:url(font.woff2)}body{color:red}');
    expect(get('scorm-bridge.js')).toBe('/*bridge*/');
    expect(get('index.html')).toContain('component-url="_astro/Quiz.js"');
  });

  it('has a manifest that lists every file and passes the SCORM 1.2 rules', () => {
    expect(manifestProblems(get('imsmanifest.xml'), pkg.files)).toEqual([]);
    expect(get('imsmanifest.xml')).toContain('<title>Les &amp; zo</title>');
  });

  it('stops on a script that names a root path', () => {
    writeFileSync(join(dist, '_astro/client.js'), 'fetch("/_astro/x.json")');
    expect(() => buildScormPackage({ dist, lessonId: 'm/14-15', title: 'T', bridge: '' })).toThrow(/root path/);
    writeFileSync(join(dist, '_astro/client.js'), files['_astro/client.js']!);
  });
});

describe('SCORM export', () => {
  it('asks for a build when dist/ is missing', async () => {
    const root = join(import.meta.dirname, '../..');
    await expect(exportScorm({ root, dist: join(dist, 'nergens') })).rejects.toThrow(MissingBuildError);
    await expect(exportScorm({ root, dist: join(dist, 'nergens') })).rejects.toThrow(/run "npm run build" first/);
  });
});
