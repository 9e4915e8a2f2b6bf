import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  };
}
