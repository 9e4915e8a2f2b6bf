import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

// Runs a real `astro build` on a copy of the fixture site with one wrong frontmatter value.
describe('astro build with broken content', () => {
  const site = fixtureSite();
  afterAll(() => site.cleanup());

  it('fails and names the file, the field and what was expected', () => {
    site.linkProject();
    site.edit('lessons/demo/14-15.mdx', 'readingMinutes: 10', 'readingMinutes: "tien"');

    const { status, output } = site.run([join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
    expect(status, output).not.toBe(0);
    expect(output).toContain('lessons/demo/14-15.mdx → readingMinutes: expected the reading time in minutes, a whole number');
  });
});
