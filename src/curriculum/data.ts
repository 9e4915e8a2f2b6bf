import type { z } from 'zod';
import { ageBandsSchema, type AgeBand } from './schemas/age-band.ts';
import { helpDataSchema, type HelpResource } from './schemas/help-resource.ts';
import { kerndoelenSchema, type Kerndoelen } from './schemas/kerndoel.ts';
import { denyListSchema, type DenyList } from './schemas/deny-list.ts';
import { glossarySchema, type GlossaryEntry } from './schemas/glossary.ts';
import { ContentError, problemsFromZod } from './problems.ts';
import { readYaml } from './read-files.ts';

export const DATA_FILES = {
  ageBands: 'src/data/age-bands.yaml',
  helpResources: 'src/data/help-resources.yaml',
  kerndoelen: 'src/data/kerndoelen.yaml',
  glossary: 'src/data/glossary.yaml',
  denyList: 'src/data/deny-list.yaml',
} as const;

export interface CurriculumData {
  ageBands: AgeBand[];
  helpResources: Record<string, HelpResource>;
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
export function loadCurriculumData(root = process.cwd()): CurriculumData {
  const cached = cache.get(root);
  if (cached) return cached;
  const help = load(root, DATA_FILES.helpResources, helpDataSchema);
  const data: CurriculumData = {
    ageBands: load(root, DATA_FILES.ageBands, ageBandsSchema),
    helpResources: help.resources,
    emergency: help.emergency,
    kerndoelen: load(root, DATA_FILES.kerndoelen, kerndoelenSchema),
    glossary: load(root, DATA_FILES.glossary, glossarySchema),
    denyList: load(root, DATA_FILES.denyList, denyListSchema),
  };
  cache.set(root, data);
  return data;
}
