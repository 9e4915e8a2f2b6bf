import { build } from 'esbuild';
import { join } from 'node:path';

/** Bundles src/export/scorm-bridge.ts into one small classic script for the package. */
export async function buildBridge(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/export/scorm-bridge.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
