import type { z } from 'zod';
import { ageBandsSchema, type AgeBand } from './schemas/age-band.ts';
import { helpDataSchema, type HelpResource } from './schemas/help-resource.ts';
import { kerndoelenSchema, type Kerndoelen } from './schemas/kerndoel.ts';
import { denyListSchema, type DenyList } from './schemas/deny-list.ts';
import { glossarySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { ContentError, problemsFromZod } from './problems.ts';
import { readYaml } from './read-files.ts';
import { availableRegions, DEFAULT_REGION, DEFAULT_REGION_FILE, regionFile, resolveRegion, selectedRegion } from './regions.ts';

export const DATA_FILES = {
  ageBands: 'src/data/age-bands.yaml',
  helpResources: DEFAULT_REGION_FILE,
  kerndoelen: 'src/data/kerndoelen.yaml',
  glossary: 'src/data/glossary.yaml',
  denyList: 'src/data/deny-list.yaml',
} as const;

export interface CurriculumData {
  ageBands: AgeBand[];
  /** The region this build is for, e.g. { id: "nl", name: "Nederland" }. */
  region: { id: string; name: string; editionNote?: string };
  /** Key used in lessons → the resource shown for it in this region. */
  helpResources: Record<string, HelpResource>;
  /** The region's own resources, each once (for the help page and search). */
  regionResources: Record<string, HelpResource>;
  emergency: { number: string; text: string };
  kerndoelen: Kerndoelen;
  glossary: GlossaryEntry[];
  denyList: DenyList;
}

function load<S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> {
  const read = readYaml(root, file);
  if (!read.ok) throw new ContentError([read.problem]);
  const result = schema.safeParse(read.value, { reportInput: true });
  if (!result.success) throw new ContentError(problemsFromZod(file, result.error));
  return result.data;
}

const cache = new Map<string, CurriculumData>();

/** The data files (age bands, help, kerndoelen), validated; throws ContentError when one is wrong. */
export function loadCurriculumData(root = process.cwd(), region = selectedRegion()): CurriculumData {
  const cacheKey = `${root}\0${region}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const regions = availableRegions(root);
  if (!regions.includes(region)) {
    throw new ContentError([{ file: `REGION=${region}`, message: `expected a region with a help file: ${regions.join(', ')} (add src/data/regions/${region}.yaml for a new one)` }]);
  }
  const base = load(root, DATA_FILES.helpResources, helpDataSchema);
  const file = regionFile(region);
  const help = region === DEFAULT_REGION ? base : load(root, file, helpDataSchema);
  if (help.region.id !== region) {
    throw new ContentError([{ file, field: 'region.id', message: `expected "${region}", the name of the file (found "${help.region.id}")` }]);
  }
  const resolved = resolveRegion(base, help, file);
  if (resolved.problems.length) throw new ContentError(resolved.problems);
  const data: CurriculumData = {
    ageBands: load(root, DATA_FILES.ageBands, ageBandsSchema),
    region: { ...help.region, ...(help.editionNote ? { editionNote: help.editionNote } : {}) },
    helpResources: resolved.helpResources,
    regionResources: help.resources,
    emergency: help.emergency,
    kerndoelen: load(root, DATA_FILES.kerndoelen, kerndoelenSchema),
    glossary: load(root, DATA_FILES.glossary, glossarySchema),
    denyList: load(root, DATA_FILES.denyList, denyListSchema),
  };
  cache.set(cacheKey, data);
  return data;
}
