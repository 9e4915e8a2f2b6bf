import type { z } from 'zod';
import { headingsOf, type Heading } from './headings.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { listFiles, readMdx, readYaml } from './read-files.ts';
import { lessonSchema, type LessonMeta } from './schemas/lesson.ts';
import { moduleSchema, type ModuleMeta } from './schemas/module.ts';
import { questionSchema, quizSchema, type Question, type Quiz } from './schemas/quiz.ts';
import { validFields, validItems } from './salvage.ts';
import { generalGuideSchema, teacherGuideSchema, type GeneralGuideMeta, type TeacherGuideMeta } from './schemas/teacher-guide.ts';

export const CONTENT_DIRS = { lessons: 'lessons', quizzes: 'quizzes', guides: 'teacher-guides' } as const;
/** Folder of teacher-guides/ for guides that belong to no single lesson. */
export const GENERAL_GUIDES_DIR = 'algemeen';

interface Entry<T> {
  /** "<module>/<band>" for lesson files; "<module>" for modules; file name for general guides. */
  id: string;
  file: string;
  data: T;
}
export interface BodyEntry<T> extends Entry<T> {
  body: string;
  headings: Heading[];
}

export interface ContentTree {
  modules: Entry<ModuleMeta>[];
  lessons: BodyEntry<LessonMeta>[];
  quizzes: Entry<Quiz>[];
  guides: BodyEntry<TeacherGuideMeta>[];
  generalGuides: BodyEntry<GeneralGuideMeta>[];
  /** Files in the content folders that fit no pattern (wrong extension or place). */
  strayFiles: string[];
  /** Ids of every file found, valid or not, so that one broken file does not also
   * show up as "missing" in the cross-reference check. */
  found: { modules: Set<string>; lessons: Set<string>; quizzes: Set<string>; guides: Set<string> };
  /**
   * Files that failed their schema (already reported), with only the fields that are valid on
   * their own, so the other checks still see them. Pages never use these.
   */
  partial: {
    lessons: BodyEntry<Partial<LessonMeta>>[];
    quizzes: Entry<{ questions: (Question | undefined)[] }>[];
    guides: BodyEntry<Partial<TeacherGuideMeta>>[];
  };
}

const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');

function validate<S extends z.ZodType>(file: string, raw: unknown, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file, result.error));
  return undefined;
}

/** Reads and validates every content file under `root`. Invalid files are left out and reported. */
export function readContent(root: string): { tree: ContentTree; problems: Problem[] } {
  const problems: Problem[] = [];
  const tree: ContentTree = { modules: [], lessons: [], quizzes: [], guides: [], generalGuides: [], strayFiles: [],
    found: { modules: new Set(), lessons: new Set(), quizzes: new Set(), guides: new Set() },
    partial: { lessons: [], quizzes: [], guides: [] },
  };

  const yamlEntry = <S extends z.ZodType>(file: string, id: string, schema: S, onInvalid?: (raw: unknown) => void) => {
    const read = readYaml(root, file);
    if (!read.ok) return void problems.push(read.problem);
    const data = validate(file, read.value, schema, problems);
    if (data === undefined) onInvalid?.(read.value);
    return data === undefined ? undefined : { id, file, data };
  };
  const mdxEntry = <S extends z.ZodType>(file: string, id: string, schema: S, keepPartial?: BodyEntry<Partial<z.infer<S>>>[]) => {
    const read = readMdx(root, file);
    if (!read.ok) return void problems.push(read.problem);
    const data = validate(file, read.value.data, schema, problems);
    const body = read.value.body;
    if (data === undefined) keepPartial?.push({ id, file, data: validFields(schema, read.value.data) as Partial<z.infer<S>>, body, headings: headingsOf(body) });
    return data === undefined ? undefined : { id, file, data, body, headings: headingsOf(body) };
  };

  for (const file of listFiles(root, CONTENT_DIRS.lessons)) {
    const rel = file.slice(CONTENT_DIRS.lessons.length + 1);
    const parts = rel.split('/');
    if (parts.length === 2 && parts[1] === 'module.yaml') {
      tree.found.modules.add(parts[0]!);
      const entry = yamlEntry(file, parts[0]!, moduleSchema);
      if (entry) tree.modules.push(entry);
    } else if (parts.length === 2 && file.endsWith('.mdx') && !parts[1]!.startsWith('_')) {
      tree.found.lessons.add(withoutExtension(rel));
      const entry = mdxEntry(file, withoutExtension(rel), lessonSchema, tree.partial.lessons);
      if (entry) tree.lessons.push(entry);
    } else if (!parts.at(-1)!.startsWith('_')) tree.strayFiles.push(file);
  }
  for (const file of listFiles(root, CONTENT_DIRS.quizzes)) {
    const rel = file.slice(CONTENT_DIRS.quizzes.length + 1);
    if (rel.split('/').length === 2 && file.endsWith('.yaml')) {
      tree.found.quizzes.add(withoutExtension(rel));
      const id = withoutExtension(rel);
      const entry = yamlEntry(file, id, quizSchema, (raw) => {
        const questions = validItems(questionSchema, (raw as { questions?: unknown } | null)?.questions);
        tree.partial.quizzes.push({ id, file, data: { questions } });
      });
      if (entry) tree.quizzes.push(entry);
    } else tree.strayFiles.push(file);
  }
  for (const file of listFiles(root, CONTENT_DIRS.guides)) {
    const rel = file.slice(CONTENT_DIRS.guides.length + 1);
    const parts = rel.split('/');
    if (parts.length !== 2 || !file.endsWith('.mdx')) tree.strayFiles.push(file);
    else if (parts[0] === GENERAL_GUIDES_DIR) {
      const entry = mdxEntry(file, withoutExtension(parts[1]!), generalGuideSchema);
      if (entry) tree.generalGuides.push(entry);
    } else {
      tree.found.guides.add(withoutExtension(rel));
      const entry = mdxEntry(file, withoutExtension(rel), teacherGuideSchema, tree.partial.guides);
      if (entry) tree.guides.push(entry);
    }
  }
  return { tree, problems };
}
