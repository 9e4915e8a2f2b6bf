import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIRS, GENERAL_GUIDES_DIR } from './curriculum/content.ts';
import { lessonSchema } from './curriculum/schemas/lesson.ts';
import { moduleSchema } from './curriculum/schemas/module.ts';
import { quizSchema } from './curriculum/schemas/quiz.ts';
import { generalGuideSchema, teacherGuideSchema } from './curriculum/schemas/teacher-guide.ts';

// The lesson id is the path without extension ("sextortion/14-15"); it joins the three trees.
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

const modules = defineCollection({
  loader: glob({ pattern: '*/module.yaml', base: `./${CONTENT_DIRS.lessons}`, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: moduleSchema,
});
const lessons = defineCollection({
  loader: glob({ pattern: '*/[^_]*.mdx', base: `./${CONTENT_DIRS.lessons}`, generateId: pathId }),
  schema: lessonSchema,
});
const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: `./${CONTENT_DIRS.quizzes}`, generateId: pathId }),
  schema: quizSchema,
});
const guides = defineCollection({
  loader: glob({ pattern: ['*/*.mdx', `!${GENERAL_GUIDES_DIR}/**`], base: `./${CONTENT_DIRS.guides}`, generateId: pathId }),
  schema: teacherGuideSchema,
});
const generalGuides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${CONTENT_DIRS.guides}/${GENERAL_GUIDES_DIR}`, generateId: pathId }),
  schema: generalGuideSchema,
});

// The developer docs in docs/, also published on the site under /ontwikkelaars/.
const docs = defineCollection({
  loader: glob({ pattern: '*.md', base: './docs', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
});

export const collections = { modules, lessons, quizzes, guides, generalGuides, docs };
