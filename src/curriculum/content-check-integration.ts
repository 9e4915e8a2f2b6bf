import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { assertValidContent } from './validate.ts';
import { contentWarnings } from './warnings.ts';
import { formatProblem } from './problems.ts';

/**
 * Runs every content check before Astro builds, so a broken content file fails the build
 * with one message that lists each file, field and what was expected.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { tree, data } = assertValidContent(root);
        for (const warning of contentWarnings(root, data)) logger.warn(formatProblem(warning));
        logger.info(`Help for region ${data.region.name} (${data.region.id}). ${tree.lessons.length} lessons, ${tree.quizzes.length} quizzes, ${tree.guides.length} teacher guides: content is valid`);
      },
    },
  };
}
