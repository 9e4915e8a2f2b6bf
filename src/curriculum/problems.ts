import type { z } from 'zod';

/** One thing wrong in a content file, said so that an author can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. "questions.2.options"; absent for whole-file problems. */
  field?: string;
  /** What was expected and what was found. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  return problem.field ? `${problem.file} → ${problem.field}${questionNumber(problem.field)}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

/** Field paths count from 0; authors count questions from 1, so say which one is meant. */
function questionNumber(field: string): string {
  const index = /^questions\.(\d+)(?:\.|$)/.exec(field)?.[1];
  return index === undefined ? '' : ` (question ${Number(index) + 1})`;
}

export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check found ${count}:`, ...problems.map((p) => `  • ${formatProblem(p)}`)].join('\n');
}

export function fieldPath(path: readonly PropertyKey[]): string | undefined {
  return path.length ? path.map(String).join('.') : undefined;
}

export function problemsFromZod(file: string, error: z.ZodError, prefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldPath([...prefix, ...issue.path]);
    // zod reports an unknown field as an issue on the object; name the field itself.
    if (issue.code === 'unrecognized_keys') {
      return {
        file,
        field: fieldPath([...prefix, ...issue.path, ...(issue.keys.length === 1 ? issue.keys : [])]),
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling; see docs/content-model.md)`,
      };
    }
    return { file, field, message: `${issue.message}${found(issue)}` };
  });
}

/** " (found …)" for a value that can be shown briefly; parse with reportInput to get it. */
function found(issue: z.core.$ZodIssue): string {
  if (!('input' in issue) || issue.code === 'custom') return '';
  let input = issue.input;
  // A wrong discriminator ("type: singel") is reported on the whole object; show the value itself.
  const key = issue.path.at(-1);
  if (input && typeof input === 'object' && typeof key === 'string' && key in input) input = (input as Record<string, unknown>)[key];
  if (input === undefined) return ' (the field is missing)';
  if (input === null || ['string', 'number', 'boolean'].includes(typeof input)) {
    const shown = JSON.stringify(input);
    return ` (found ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown})`;
  }
  return '';
}

/** Thrown when content is invalid; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
