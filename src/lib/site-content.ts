import { getCollection, getEntry } from 'astro:content';
import { buildCatalogue } from '../curriculum/catalogue.ts';
import { loadCurriculumData } from '../curriculum/data.ts';
import { splitLessonId } from './routes.ts';

/** Data files plus the catalogue of modules and lessons, for pages. */
export async function siteContent() {
  const data = loadCurriculumData();
  const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
  return { ...data, catalogue: buildCatalogue(data.ageBands, modules, lessons) };
}

/**
 * Everything that belongs to one lesson id: its lesson, quiz, teacher guide, module and age band.
 * The content check has already made sure each exists, so a missing one is a bug, said loudly.
 */
export async function lessonContext(lessonId: string) {
  const { module, band } = splitLessonId(lessonId);
  const [lesson, quiz, guide, moduleEntry] = await Promise.all([
    getEntry('lessons', lessonId),
    getEntry('quizzes', lessonId),
    getEntry('guides', lessonId),
    getEntry('modules', module),
  ]);
  const ageBand = loadCurriculumData().ageBands.find((b) => b.id === band);
  if (!lesson || !quiz || !guide || !moduleEntry || !ageBand) {
    throw new Error(`${lessonId}: its lesson, quiz, guide, module or age band is missing, which the content check should have reported`);
  }
  return { module, band, lesson, quiz, guide, moduleEntry, ageBand };
}
