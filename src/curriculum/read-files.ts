import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Problem } from './problems.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** Files below `dir` (recursive), as paths relative to `root` with forward slashes. */
export function listFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(abs);
  return out;
}

function yamlProblem(file: string, error: unknown, lineOffset = 0): Problem {
  if (error instanceof YAMLParseError) {
    const line = (error.linePos?.[0].line ?? 0) + lineOffset;
    // The parser's first line ends with a colon before a code excerpt that is not shown here.
    const first = error.message.split('\n')[0]!.replace(/:\s*$/, '');
    return { file, message: `is not valid YAML${line ? ` (line ${line})` : ''}: ${first}` };
  }
  return { file, message: `could not be read: ${String(error)}` };
}

export function readYaml(root: string, file: string): Parsed<unknown> {
  try {
    return { ok: true, value: parseYaml(readFileSync(join(root, file), 'utf8')) };
  } catch (error) {
    return { ok: false, problem: yamlProblem(file, error) };
  }
}

export interface MdxFile {
  data: unknown;
  body: string;
}

/** Splits an .mdx file into its YAML frontmatter and body. */
export function readMdx(root: string, file: string): Parsed<MdxFile> {
  const source = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) {
    return {
      ok: false,
      problem: { file, message: 'expected the file to start with a frontmatter block between two "---" lines' },
    };
  }
  try {
    return { ok: true, value: { data: parseYaml(match[1]!) ?? {}, body: source.slice(match[0].length) } };
  } catch (error) {
    return { ok: false, problem: yamlProblem(file, error, 1) };
  }
}
