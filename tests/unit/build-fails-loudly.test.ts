import { spawnSync } from 'node:child_process';
import { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

// Runs a real `astro build` on a copy of the fixture site with one wrong frontmatter value.
describe('astro build with broken content', () => {
  const site = fixtureSite();
  afterAll(() => site.cleanup());

  it('fails and names the file, the field and what was expected', () => {
    for (const entry of ['node_modules', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json', 'public']) {
      symlinkSync(join(PROJECT_ROOT, entry), join(site.root, entry));
    }
    // Everything in src but the data files, which the fixture holds as its own copy.
    for (const entry of readdirSync(join(PROJECT_ROOT, 'src')).filter((name) => name !== 'data')) {
      symlinkSync(join(PROJECT_ROOT, 'src', entry), join(site.root, 'src', entry));
    }
    site.edit('lessons/demo/14-15.mdx', 'readingMinutes: 10', 'readingMinutes: "tien"');

    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: site.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('lessons/demo/14-15.mdx → readingMinutes: expected the reading time in minutes, a whole number');
  });
});
