import { XMLParser } from 'fast-xml-parser';
import { SCORM12_NAMESPACES } from './scorm-manifest.ts';
import { xmlSyntaxError } from './xml.ts';

/**
 * Checks imsmanifest.xml against the SCORM 1.2 Content Aggregation Model rules a package
 * needs to import into an LMS (not a full XSD validation). Returns every problem found, as
 * plain sentences; an empty list means the package passes. `packageFiles` lists every path in
 * the package, imsmanifest.xml included.
 */
export function manifestProblems(xml: string, packageFiles: string[]): string[] {
  const problems: string[] = [];
  if (!packageFiles.includes('imsmanifest.xml')) problems.push('imsmanifest.xml is not at the root of the package');

  const syntaxError = xmlSyntaxError(xml);
  if (syntaxError) return [...problems, `imsmanifest.xml is not well-formed XML: ${syntaxError}`];

  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['organization', 'item', 'resource', 'file', 'dependency'].includes(name),
  }).parse(xml) as Record<string, unknown>;
  const manifest = parsed.manifest as Node | undefined;
  if (!manifest) return [...problems, 'the root element is not <manifest>'];

  // Namespaces: IMS Content Packaging 1.1.2 as the default, ADL's extension bound to a prefix.
  if (manifest['@xmlns'] !== SCORM12_NAMESPACES.imscp) problems.push(`<manifest> must have xmlns="${SCORM12_NAMESPACES.imscp}"`);
  const adlcp = Object.entries(manifest).find(([k, v]) => k.startsWith('@xmlns:') && v === SCORM12_NAMESPACES.adlcp)?.[0].slice('@xmlns:'.length);
  if (!adlcp) problems.push(`<manifest> must declare the ADL namespace ${SCORM12_NAMESPACES.adlcp}`);

  const ids = new Map<string, number>();
  const useId = (id: unknown, where: string) => {
    if (typeof id !== 'string' || !id) return void problems.push(`${where} has no identifier`);
    if (!XML_ID.test(id)) problems.push(`${where} identifier "${id}" is not a valid XML ID`);
    ids.set(id, (ids.get(id) ?? 0) + 1);
  };
  useId(manifest['@identifier'], '<manifest>');

  const metadata = manifest.metadata as Node | undefined;
  if (text(metadata?.schema) !== 'ADL SCORM') problems.push('<metadata> must have <schema>ADL SCORM</schema>');
  if (text(metadata?.schemaversion) !== '1.2') problems.push('<metadata> must have <schemaversion>1.2</schemaversion>');

  const resources = list((manifest.resources as Node | undefined)?.resource);
  const resourceById = new Map(resources.map((r) => [r['@identifier'], r]));
  const organizationsNode = manifest.organizations as Node | undefined;
  const organizations = list(organizationsNode?.organization);
  const defaultOrg = organizationsNode?.['@default'];
  if (!organizations.length) problems.push('<organizations> must hold at least one <organization>');
  if (typeof defaultOrg !== 'string' || !organizations.some((o) => o['@identifier'] === defaultOrg)) {
    problems.push(`<organizations default="${String(defaultOrg ?? '')}"> must name an <organization> identifier`);
  }

  const launched = new Set<Node>();
  const checkItems = (items: Node[]) => {
    for (const item of items) {
      const name = `<item identifier="${String(item['@identifier'] ?? '')}">`;
      useId(item['@identifier'], name);
      if (!text(item.title)) problems.push(`${name} has no <title>`);
      const ref = item['@identifierref'];
      if (ref !== undefined) {
        const resource = resourceById.get(ref);
        if (!resource) problems.push(`${name} identifierref="${String(ref)}" names no <resource>`);
        else if (typeof resource['@href'] !== 'string') problems.push(`${name} launches a <resource> without href`);
        else launched.add(resource);
      }
      checkItems(list(item.item));
    }
  };
  for (const organization of organizations) {
    const name = `<organization identifier="${String(organization['@identifier'] ?? '')}">`;
    useId(organization['@identifier'], name);
    if (!text(organization.title)) problems.push(`${name} has no <title>`);
    if (!list(organization.item).length) problems.push(`${name} has no <item>`);
    checkItems(list(organization.item));
  }

  const listed = new Set<string>();
  let launchesSco = false;
  for (const resource of resources) {
    const name = `<resource identifier="${String(resource['@identifier'] ?? '')}">`;
    useId(resource['@identifier'], name);
    if (resource['@type'] !== 'webcontent') problems.push(`${name} must have type="webcontent"`);
    const scormType = adlcp ? resource[`@${adlcp}:scormtype`] : undefined;
    if (scormType !== 'sco' && scormType !== 'asset') problems.push(`${name} must have adlcp:scormtype="sco" or "asset"`);
    if (launched.has(resource) && scormType === 'sco') launchesSco = true;
    const files = list(resource.file).map((f) => f['@href']);
    const href = resource['@href'];
    if (href !== undefined) {
      problems.push(...pathProblems(href, `${name} href`));
      if (!files.includes(href)) problems.push(`${name} href="${String(href)}" is not listed as a <file>`);
    }
    for (const file of files) {
      problems.push(...pathProblems(file, `${name} <file href>`));
      if (typeof file !== 'string') continue;
      listed.add(file);
      if (!packageFiles.includes(file)) problems.push(`<file href="${file}"> is not in the package`);
    }
  }
  // SCORM 1.2 lets an item launch a plain asset, but then nothing reports to the LMS.
  if (!launchesSco) problems.push('no <item> launches a sco, so nothing reports to the LMS');
  for (const file of packageFiles) {
    if (file !== 'imsmanifest.xml' && !listed.has(file)) problems.push(`${file} is in the package but not listed as a <file>`);
  }
  for (const [id, count] of ids) if (count > 1) problems.push(`identifier "${id}" is used ${count} times`);
  return problems;
}

type Node = Record<string, unknown>;
const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const list = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof (value as Node)?.['#text'] === 'string' ? ((value as Node)['#text'] as string).trim() : '');

/** Paths in a package are relative to the package root and stay inside it. */
function pathProblems(path: unknown, where: string): string[] {
  if (typeof path !== 'string' || !path) return [`${where} is empty`];
  if (path.startsWith('/')) return [`${where} "${path}" is absolute; paths must be relative to the package root`];
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return [`${where} "${path}" is a URL; the package must hold the file`];
  if (path.includes('\\')) return [`${where} "${path}" uses a backslash; use forward slashes`];
  if (path.split('/').some((part) => part === '..' || part === '.' || part === '')) return [`${where} "${path}" leaves or skips a folder (../, ./ or //)`];
  return [];
}
