// A regional edition swaps the help cards, but lesson text may still name a Dutch service
// ("bel Veilig Thuis"). This lists those lines, so whoever adapts the edition knows what to rewrite.
import type { Problem } from './problems.ts';
import type { HelpResource } from './schemas/help-resource.ts';

/** "Helpwanted (Offlimits)" → ["Helpwanted"]; "De Kindertelefoon" → ["Kindertelefoon"]; plus alsoKnownAs. */
export function namesInText(resource: HelpResource): string[] {
  const plain = resource.name.replace(/\s*\(.*\)\s*$/, '').replace(/^(De|Het)\s+/, '').replace(/^\d+\s+/, '');
  return [plain, ...(resource.alsoKnownAs ?? [])];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function replacedServiceMentions(
  files: { file: string; text: string }[],
  base: Record<string, HelpResource>,
  regional: Record<string, HelpResource>,
  regionName: string,
): Problem[] {
  const replaced = Object.entries(base).filter(([key, resource]) => regional[key] && regional[key]!.name !== resource.name);
  const warnings: Problem[] = [];
  for (const { file, text } of files) {
    // A <Hulp id="…"/> card already follows the region; only running text needs a person.
    const lines = text.replace(/<Hulp\b[^>]*\/>/g, '').split('\n');
    const found = new Map<string, { standIn: string; lines: number[] }>();
    lines.forEach((line, i) => {
      for (const [key, resource] of replaced) {
        const name = namesInText(resource).find((n) => new RegExp(`(?<![\\p{L}\\d])${escape(n)}(?![\\p{L}\\d])`, 'u').test(line));
        if (!name) continue;
        const entry = found.get(name) ?? { standIn: regional[key]!.name, lines: [] };
        entry.lines.push(i + 1);
        found.set(name, entry);
      }
    });
    if (!found.size) continue;
    const list = [...found].map(([name, { standIn, lines: at }]) => `"${name}" (→ ${standIn}) on line${at.length > 1 ? 's' : ''} ${at.join(', ')}`);
    warnings.push({ file, message: `names Dutch services that the ${regionName} edition replaces: ${list.join('; ')}` });
  }
  return warnings;
}
