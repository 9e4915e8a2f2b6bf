// Help resources differ per country or region. Lessons name a resource by a key of the Dutch file
// (the default region); a regional file says which of its own resources stands for each key, so
// the same lessons build with the help of another region: REGION=vlaanderen npm run build.
import { basename } from 'node:path';
import type { Problem } from './problems.ts';
import { listFiles } from './read-files.ts';
import type { HelpData, HelpResource } from './schemas/help-resource.ts';

export const DEFAULT_REGION = 'nl';
export const DEFAULT_REGION_FILE = 'src/data/help-resources.yaml';
export const REGIONS_DIR = 'src/data/regions';

/** The region this build is for: the REGION environment variable, or the Netherlands. */
export function selectedRegion(env: Record<string, string | undefined> = process.env): string {
  return env.REGION?.trim() || DEFAULT_REGION;
}

export function regionFile(region: string): string {
  return region === DEFAULT_REGION ? DEFAULT_REGION_FILE : `${REGIONS_DIR}/${region}.yaml`;
}

export function availableRegions(root: string): string[] {
  return [DEFAULT_REGION, ...listFiles(root, REGIONS_DIR).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml'))];
}

/** Content key → the resource to show for it in this region, or the problems that stop that. */
export function resolveRegion(
  base: HelpData,
  regional: HelpData,
  file: string,
): { helpResources: Record<string, HelpResource>; problems: Problem[] } {
  if (regional === base) return { helpResources: base.resources, problems: [] };
  const problems: Problem[] = [];
  const helpResources: Record<string, HelpResource> = {};
  const standsFor = regional.standsFor ?? {};
  const own = Object.keys(regional.resources);
  for (const key of Object.keys(base.resources)) {
    const target = standsFor[key];
    const resource = target === undefined ? undefined : regional.resources[target];
    if (resource) helpResources[key] = resource;
    else {
      problems.push({
        file,
        field: `standsFor.${key}`,
        message: target === undefined
          ? `expected the key of the resource in this file that takes the place of "${key}" (one of ${own.join(', ')})`
          : `expected one of this file's resources (${own.join(', ')}), not "${target}"`,
      });
    }
  }
  for (const key of Object.keys(standsFor).filter((k) => !(k in base.resources))) {
    problems.push({ file, field: `standsFor.${key}`, message: `"${key}" is not a key of ${DEFAULT_REGION_FILE}, so no lesson can use it` });
  }
  return { helpResources, problems };
}
