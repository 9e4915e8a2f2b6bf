import type { AgeBand } from './schemas/age-band.ts';
import type { LessonMeta } from './schemas/lesson.ts';
import type { ModuleMeta } from './schemas/module.ts';

interface WithId<T> {
  id: string;
  data: T;
}

export interface CatalogueLesson {
  id: string;
  module: string;
  band: AgeBand;
  meta: LessonMeta;
}
export interface CatalogueModule {
  id: string;
  meta: ModuleMeta;
  lessons: CatalogueLesson[];
}

/** Modules in their set order, each with its lessons in age-band order. */
export function buildCatalogue(
  bands: AgeBand[],
  modules: WithId<ModuleMeta>[],
  lessons: WithId<LessonMeta>[],
): CatalogueModule[] {
  const bandOrder = bands.map((b) => b.id);
  return [...modules]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((module) => ({
      id: module.id,
      meta: module.data,
      lessons: lessons
        .filter((lesson) => lesson.id.startsWith(`${module.id}/`))
        .map((lesson) => {
          const bandId = lesson.id.slice(module.id.length + 1);
          const band = bands.find((b) => b.id === bandId);
          if (!band) throw new Error(`Lesson ${lesson.id} has an unknown age band "${bandId}"`);
          return { id: lesson.id, module: module.id, band, meta: lesson.data };
        })
        .sort((a, b) => bandOrder.indexOf(a.band.id) - bandOrder.indexOf(b.band.id)),
    }));
}

/** The modules that have a lesson for this band, each with only that lesson. */
export function modulesForBand(catalogue: CatalogueModule[], bandId: string): CatalogueModule[] {
  return catalogue
    .map((module) => ({ ...module, lessons: module.lessons.filter((l) => l.band.id === bandId) }))
    .filter((module) => module.lessons.length > 0);
}
