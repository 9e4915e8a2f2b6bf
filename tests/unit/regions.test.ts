import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import { ContentError } from '../../src/curriculum/problems.ts';
import { availableRegions, selectedRegion } from '../../src/curriculum/regions.ts';
import { namesInText, replacedServiceMentions } from '../../src/curriculum/region-mentions.ts';
import { HELP_PAGE_GROUPS, helpSections } from '../../src/curriculum/help-sections.ts';
import { validateContent } from '../../src/curriculum/validate.ts';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
};

describe('choosing the region', () => {
  it('is the Netherlands unless REGION says otherwise', () => {
    expect(selectedRegion({})).toBe('nl');
    expect(selectedRegion({ REGION: '  ' })).toBe('nl');
    expect(selectedRegion({ REGION: 'vlaanderen' })).toBe('vlaanderen');
    expect(availableRegions(PROJECT_ROOT)).toEqual(['nl', 'vlaanderen']);
  });

  it('names the regions there are when asked for one that is not', () => {
    expect(problemsOf(() => loadCurriculumData(PROJECT_ROOT, 'wallonie'))).toEqual([
      { file: 'REGION=wallonie', message: 'expected a region with a help file: nl, vlaanderen (add src/data/regions/wallonie.yaml for a new one)' },
    ]);
  });
});

describe('the Flemish edition', () => {
  const nl = loadCurriculumData(PROJECT_ROOT, 'nl');
  const vl = loadCurriculumData(PROJECT_ROOT, 'vlaanderen');

  it('has a Flemish service for every key that lessons use', () => {
    expect(Object.keys(vl.helpResources).sort()).toEqual(Object.keys(nl.helpResources).sort());
    expect(vl.helpResources.kindertelefoon?.name).toBe('Awel');
    expect(vl.helpResources.helpwanted?.name).toBe('Child Focus');
    expect(vl.helpResources.zelfmoordpreventie?.phone?.map((p) => p.number)).toEqual(['1813']);
    for (const resource of Object.values(vl.helpResources)) expect(Object.values(vl.regionResources)).toContain(resource);
  });

  it('shows no Dutch service and tells readers which edition they read', () => {
    for (const resource of Object.values(vl.regionResources)) {
      expect(new URL(resource.web).host, resource.name).not.toMatch(/\.nl$/);
      expect(Object.values(nl.regionResources)).not.toContainEqual(expect.objectContaining({ phone: resource.phone ?? [] }));
    }
    expect(vl.region).toMatchObject({ id: 'vlaanderen', name: 'Vlaanderen' });
    expect(vl.region.editionNote).toContain('Deze lessen komen uit Nederland.');
    expect(nl.region.editionNote).toBeUndefined();
  });

  it('gives every entry a source page and the month it was checked', () => {
    for (const resource of Object.values(vl.regionResources)) {
      expect(resource.source).toMatch(/^https:\/\//);
      expect(resource.verified).toMatch(/^\d{4}-\d{2}/);
    }
  });
});

describe('a broken regional file', () => {
  let site = fixtureSite();
  afterEach(() => {
    site.cleanup();
    site = fixtureSite();
  });
  const file = 'src/data/regions/vlaanderen.yaml';

  it('names each key without a stand-in, and a stand-in that is not there', () => {
    site.edit(file, /\n {2}lse: awel\n/, '\n');
    site.edit(file, 'politie: politie', 'politie: federale-politie');
    expect(problemsOf(() => loadCurriculumData(site.root, 'vlaanderen'))).toEqual([
      { file, field: 'standsFor.politie', message: 'expected one of this file\'s resources (awel, child-focus, zelfmoordlijn, hulplijn-1712, politie, take-it-down), not "federale-politie"' },
      { file, field: 'standsFor.lse', message: 'expected the key of the resource in this file that takes the place of "lse" (one of awel, child-focus, zelfmoordlijn, hulplijn-1712, politie, take-it-down)' },
    ]);
  });

  it('fails the content check even when the build is for another region', () => {
    site.edit(file, 'id: vlaanderen', 'id: belgie');
    const { problems } = validateContent(site.root);
    expect(problems).toEqual([{ file, field: 'region.id', message: 'expected "vlaanderen", the name of the file (found "belgie")' }]);
  });

  it('a build with REGION=vlaanderen shows Flemish help on the help page and in lessons', () => {
    site.linkProject({ copySource: true });
    const { status, output } = site.run([join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { REGION: 'vlaanderen' });
    expect(status, output).toBe(0);
    const help = readFileSync(join(site.root, 'dist/hulp/index.html'), 'utf8');
    expect(help).toContain('<h3>Awel</h3>');
    expect(help).toContain('href="tel:102"');
    expect(help).toContain('Deze hulplijnen zijn voor Vlaanderen');
    expect(help).not.toContain('Kindertelefoon');
    const lesson = readFileSync(join(site.root, 'dist/lessen/demo/14-15/index.html'), 'utf8');
    expect(lesson).toContain('Editie Vlaanderen.');
    // The fixture lesson names <Hulp id="helpwanted" /> and help: [kindertelefoon].
    expect(lesson).toContain('<h3>Child Focus</h3>');
    expect(lesson).toContain('<h3>Awel</h3>');
    expect(lesson).not.toContain('Helpwanted');
    const guide = readFileSync(join(site.root, 'dist/docenten/demo/14-15/index.html'), 'utf8');
    expect(guide).toContain('Dit is de Nederlandse meldcode. In Vlaanderen volg je de afspraken van je eigen school');
  });
});

describe('Dutch services named in the text of a regional edition', () => {
  const nl = loadCurriculumData(PROJECT_ROOT, 'nl').helpResources;
  const vl = loadCurriculumData(PROJECT_ROOT, 'vlaanderen').helpResources;

  it('lists them per file with the lines and the service that replaces them', () => {
    const text = ['Bel de Kindertelefoon.', '<Hulp id="kindertelefoon" />', 'Het LSE en Veilig Thuis helpen.', 'De politie helpt ook.', 'Een kindertelefoontje.'].join('\n');
    expect(replacedServiceMentions([{ file: 'les.mdx', text }, { file: 'leeg.mdx', text: 'Niets.' }], nl, vl, 'Vlaanderen')).toEqual([
      { file: 'les.mdx', message: 'names Dutch services that the Vlaanderen edition replaces: "Kindertelefoon" (→ Awel) on line 1; "Veilig Thuis" (→ 1712) on line 3; "LSE" (→ Awel) on line 3' },
    ]);
  });

  it('finds nothing to rewrite in the Dutch edition itself', () => {
    expect(replacedServiceMentions([{ file: 'les.mdx', text: 'Bel de Kindertelefoon.' }], nl, nl, 'Nederland')).toEqual([]);
  });

  it('knows a service by its name without the article, the number or the part in brackets', () => {
    expect(namesInText(nl.kindertelefoon!)).toEqual(['Kindertelefoon']);
    expect(namesInText(nl.helpwanted!)).toEqual(['Helpwanted']);
    expect(namesInText(nl.zelfmoordpreventie!)).toEqual(['Zelfmoordpreventie']);
    expect(namesInText(nl.lse!)).toEqual(['Landelijk Steunpunt Extremisme', 'LSE']);
  });
});

describe('the help page sections', () => {
  const nl = loadCurriculumData(PROJECT_ROOT, 'nl');
  const vl = loadCurriculumData(PROJECT_ROOT, 'vlaanderen');

  it('shows every Dutch service once, grouped by what a pupil is going through', () => {
    const sections = helpSections(HELP_PAGE_GROUPS, nl.helpResources, nl.regionResources);
    expect(sections.map((s) => s.title)).toEqual(HELP_PAGE_GROUPS.map((g) => g.title));
    expect(sections.flatMap((s) => s.resources).length).toBe(Object.keys(nl.regionResources).length);
  });

  it('in a regional edition shows a service once per group even when two keys point at it', () => {
    const sections = helpSections(HELP_PAGE_GROUPS, vl.helpResources, vl.regionResources);
    const abuse = sections.find((s) => s.title === 'Seksueel geweld, thuis niet veilig')!;
    expect(abuse.resources.map((r) => r.name)).toEqual(['1712']);
    expect(sections.at(-1)!.title).not.toBe('Meer hulp');
  });

  it('adds the services no group shows under "Meer hulp"', () => {
    const extra = { ...nl.regionResources, nieuw: { ...nl.regionResources.lse!, name: 'Nieuwe hulplijn' } };
    expect(helpSections(HELP_PAGE_GROUPS, nl.helpResources, extra).at(-1)).toEqual({ title: 'Meer hulp', resources: [extra.nieuw] });
  });
});
