import { lineOf, mask, wholeWord } from './mdx-text.ts';
import type { GlossaryEntry } from './schemas/glossary.ts';

export interface GlossaryProblem {
  line: number;
  message: string;
}

const BEGRIP = /<Begrip\b[^>]*\bid=["']([^"']+)["'][^>]*>[\s\S]*?<\/Begrip>/g;

/**
 * Every glossary term is linked at its first use in a lesson body: the first occurrence of any
 * of its forms must be inside <Begrip id="…">. Headings and component attributes do not count
 * as a use (a link cannot go there).
 */
export function glossaryLinkProblems(body: string, glossary: GlossaryEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const known = new Set(glossary.map((g) => g.id));
  const firstLink = new Map<string, number>();
  for (const match of body.matchAll(BEGRIP)) {
    const id = match[1]!;
    if (!known.has(id)) {
      problems.push({ line: lineOf(body, match.index), message: `<Begrip id="${id}">: expected an id from src/data/glossary.yaml (${[...known].join(', ')})` });
    } else if (!firstLink.has(id)) firstLink.set(id, match.index);
  }
  let prose = mask(body, BEGRIP);
  prose = mask(prose, /<[^>]+>/g);
  prose = mask(prose, /^#{1,6}\s.*$/gm);

  for (const entry of glossary) {
    let first: { index: number; word: string } | undefined;
    for (const form of entry.forms) {
      const match = wholeWord(form, 'iu').exec(prose);
      if (match && (!first || match.index < first.index)) first = { index: match.index, word: match[0] };
    }
    if (!first) continue;
    const linkedAt = firstLink.get(entry.id);
    if (linkedAt === undefined || linkedAt > first.index) {
      problems.push({
        line: lineOf(body, first.index),
        message: `"${first.word}" is the first use of the glossary term "${entry.term}": write it as <Begrip id="${entry.id}">${first.word}</Begrip>`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
