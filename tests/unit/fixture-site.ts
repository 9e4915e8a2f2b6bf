import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const VALID_FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'valid');

/** A throw-away copy of the valid fixture site (with the real data files), to break on purpose. */
export function fixtureSite() {
  const root = mkdtempSync(join(tmpdir(), 'dw-fixture-'));
  cpSync(VALID_FIXTURE, root, { recursive: true });
  cpSync(join(PROJECT_ROOT, 'src', 'data'), join(root, 'src', 'data'), { recursive: true });
  return {
    root,
    read: (file: string) => readFileSync(join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(join(root, file), text),
    edit: (file: string, from: string | RegExp, to: string) => {
      const text = readFileSync(join(root, file), 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`fixture edit found nothing to replace in ${file}`);
      writeFileSync(join(root, file), next);
    },
    remove: (file: string) => rmSync(join(root, file)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
    /** Links the project's code and config into the copy, so that `astro build` can run there. */
    // A full build needs real copies of src (Astro resolves symlinks to the project's own files).
    linkProject: ({ copySource = false } = {}) => {
      for (const entry of ['node_modules', 'astro.config.mjs', 'svelte.config.js', 'tsconfig.json', 'package.json', 'public']) {
        symlinkSync(join(PROJECT_ROOT, entry), join(root, entry));
      }
      // Everything in src but the data files, which the fixture holds as its own copy.
      for (const entry of readdirSync(join(PROJECT_ROOT, 'src')).filter((name) => name !== 'data')) {
        if (copySource) cpSync(join(PROJECT_ROOT, 'src', entry), join(root, 'src', entry), { recursive: true });
        else symlinkSync(join(PROJECT_ROOT, 'src', entry), join(root, 'src', entry));
      }
    },
    /** Runs a project script or astro itself in the copy; returns exit status and all output. */
    run: (args: string[], env: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      });
      return { status: result.status, output: result.stdout + result.stderr };
    },
  };
}
