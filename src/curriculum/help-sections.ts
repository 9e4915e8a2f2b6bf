// The help page groups services by what a pupil is going through, so the right place is quick
// to find. Groups name the keys lessons use; the region decides which service each key shows.
import type { HelpResource } from './schemas/help-resource.ts';

export interface HelpGroup {
  title: string;
  keys: string[];
}
export interface HelpSection {
  title: string;
  resources: HelpResource[];
}

export const HELP_PAGE_GROUPS: HelpGroup[] = [
  { title: 'Iemand dreigt een foto of video van je te delen', keys: ['helpwanted', 'take-it-down', 'politie'] },
  { title: 'Je wilt met iemand praten, anoniem', keys: ['kindertelefoon', 'fier'] },
  { title: 'Je denkt aan zelfmoord, of je maakt je zorgen om iemand', keys: ['zelfmoordpreventie'] },
  { title: 'Seksueel geweld, thuis niet veilig', keys: ['csg', 'veilig-thuis'] },
  { title: 'Je maakt je zorgen dat iemand extreem wordt', keys: ['lse'] },
];

/**
 * One section per group, each service once per group (in a regional edition two keys can point
 * at one service), and a last "Meer hulp" section with the region's services no group showed.
 */
export function helpSections(groups: HelpGroup[], byKey: Record<string, HelpResource>, regionResources: Record<string, HelpResource>): HelpSection[] {
  const sections = groups.map((group) => ({
    title: group.title,
    resources: [...new Set(group.keys.flatMap((key) => byKey[key] ?? []))],
  }));
  const shown = new Set(sections.flatMap((section) => section.resources));
  const rest = Object.values(regionResources).filter((resource) => !shown.has(resource));
  return rest.length ? [...sections, { title: 'Meer hulp', resources: rest }] : sections;
}
