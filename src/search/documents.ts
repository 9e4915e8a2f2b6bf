import type { ContentTree } from '../curriculum/content.ts';
import { lessonPupilText } from '../curriculum/content-rules.ts';
import type { CurriculumData } from '../curriculum/data.ts';
import { proseOf } from '../curriculum/mdx-text.ts';
import { routes, splitLessonId } from '../lib/routes.ts';

export type DocType = 'les' | 'handleiding' | 'begrip' | 'hulp';

export interface SearchDocument {
  url: string;
  title: string;
  type: DocType;
  band: string | null;
  module: string | null;
  /** Shown under the title; matched words are highlighted in it. */
  summary: string;
  /** All the text that is searched. */
  body: string;
}

/** What search covers: lessons, teacher guides, the glossary and the help page. */
export function searchDocuments(tree: ContentTree, data: CurriculumData): SearchDocument[] {
  const lessons = tree.lessons.map((lesson): SearchDocument => {
    const { module, band } = splitLessonId(lesson.id);
    return { url: routes.lesson(lesson.id), title: lesson.data.title, type: 'les', band, module, summary: lesson.data.description, body: lessonPupilText(lesson.data, lesson.body) };
  });
  const guides = tree.guides.map((guide): SearchDocument => {
    const { module, band } = splitLessonId(guide.id);
    const plan = guide.data.phases.map((p) => `${p.title}. ${p.activity}`);
    return { url: routes.guide(guide.id), title: guide.data.title, type: 'handleiding', band, module, summary: guide.data.description, body: [...guide.data.goals, ...plan, proseOf(guide.body)].join('\n') };
  });
  const general = tree.generalGuides.map((guide): SearchDocument => ({
    url: routes.generalGuide(guide.id), title: guide.data.title, type: 'handleiding', band: null, module: null, summary: guide.data.description, body: proseOf(guide.body),
  }));
  const terms = data.glossary.map((entry): SearchDocument => ({
    url: `${routes.glossary()}#${entry.id}`, title: entry.term, type: 'begrip', band: null, module: null, summary: entry.definition, body: [entry.forms.join(' '), entry.definition].join('\n'),
  }));
  const help = Object.values(data.regionResources).map((resource): SearchDocument => ({
    url: routes.help(), title: resource.name, type: 'hulp', band: null, module: null, summary: resource.purpose, body: [resource.purpose, resource.forWhom].join('\n'),
  }));
  return [...lessons, ...guides, ...general, ...terms, ...help];
}
