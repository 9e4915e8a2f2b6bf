import { describe, expect, it } from 'vitest';
import { buildCatalogue, modulesForBand } from '../../src/curriculum/catalogue.ts';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import type { LessonMeta } from '../../src/curriculum/schemas/lesson.ts';
import { PROJECT_ROOT } from './fixture-site.ts';

const { ageBands } = loadCurriculumData(PROJECT_ROOT);
const meta = (title: string) => ({ title }) as LessonMeta;
const moduleMeta = (order: number) => ({ title: `m${order}`, summary: 's', order, themes: ['t'] });

describe('catalogue', () => {
  const catalogue = buildCatalogue(
    ageBands,
    [{ id: 'b', data: moduleMeta(2) }, { id: 'a', data: moduleMeta(1) }],
    [
      { id: 'b/16-18', data: meta('b oud') },
      { id: 'b/12-13', data: meta('b jong') },
      { id: 'a/14-15', data: meta('a midden') },
    ],
  );

  it('orders modules by their order field and lessons by age band', () => {
    expect(catalogue.map((m) => m.id)).toEqual(['a', 'b']);
    expect(catalogue[1]!.lessons.map((l) => l.band.id)).toEqual(['12-13', '16-18']);
  });

  it('reads band labels from the one age-band data file', () => {
    expect(catalogue[0]!.lessons[0]!.band).toEqual(ageBands.find((b) => b.id === '14-15'));
  });

  it('lists for a band only the modules that have a lesson for it', () => {
    expect(modulesForBand(catalogue, '12-13').map((m) => m.id)).toEqual(['b']);
    expect(modulesForBand(catalogue, '14-15').map((m) => [m.id, m.lessons.length])).toEqual([['a', 1]]);
  });
});

describe('data files', () => {
  it('define three age bands with readability floors from the content guide', () => {
    expect(ageBands.map((b) => [b.id, b.readabilityFloor])).toEqual([['12-13', 65], ['14-15', 60], ['16-18', 50]]);
  });

  it('give every help resource a source and a verification date', () => {
    const { helpResources } = loadCurriculumData(PROJECT_ROOT);
    for (const [key, resource] of Object.entries(helpResources)) {
      expect(resource.source, key).toMatch(/^https:\/\//);
      expect(resource.verified, key).toMatch(/^\d{4}-\d{2}/);
    }
  });
});
