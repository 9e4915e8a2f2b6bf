import { readContent, type ContentTree } from './content.ts';
import { contentRuleProblems } from './content-rules.ts';
import { crossReferenceProblems } from './cross-references.ts';
import { loadCurriculumData, type CurriculumData } from './data.ts';
import { ContentError, type Problem } from './problems.ts';
import { availableRegions } from './regions.ts';

export interface ValidatedContent {
  tree: ContentTree;
  /** Absent when a data file itself is broken (its problems are in `problems`). */
  data?: CurriculumData;
  problems: Problem[];
}

/** Every check on every content file, collected so that an author sees all problems at once. */
export function validateContent(root = process.cwd()): ValidatedContent {
  let data: CurriculumData;
  try {
    data = loadCurriculumData(root);
  } catch (error) {
    if (error instanceof ContentError) {
      return { tree: readContent(root).tree, problems: error.problems };
    }
    throw error;
  }
  const { tree, problems } = readContent(root);
  return {
    tree,
    data,
    problems: [...problems, ...crossReferenceProblems(tree, data), ...contentRuleProblems(root, tree, data), ...otherRegionProblems(root, data.region.id)],
  };
}

/** Every region's help file must stay valid, not only the one this build uses. */
function otherRegionProblems(root: string, built: string): Problem[] {
  return availableRegions(root)
    .filter((region) => region !== built)
    .flatMap((region) => {
      try {
        loadCurriculumData(root, region);
        return [];
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
    });
}

/** Throws a ContentError listing every problem; used by the build. */
export function assertValidContent(root = process.cwd()): Required<ValidatedContent> {
  const { tree, data, problems } = validateContent(root);
  if (problems.length || !data) throw new ContentError(problems);
  return { tree, data, problems };
}
