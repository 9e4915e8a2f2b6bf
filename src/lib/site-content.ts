import { getCollection } from 'astro:content';
import { buildCatalogue } from '../curriculum/catalogue.ts';
import { loadCurriculumData } from '../curriculum/data.ts';

/** Data files plus the catalogue of modules and lessons, for pages. */
export async function siteContent() {
  const data = loadCurriculumData();
  const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
  return { ...data, catalogue: buildCatalogue(data.ageBands, modules, lessons) };
}
