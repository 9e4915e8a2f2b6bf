import { escapeXml } from './xml.ts';

export const SCORM12_NAMESPACES = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export interface ManifestInput {
  /** Unique per package and stable between exports, so an LMS can recognise an update. */
  identifier: string;
  /** Course title and item title, as the LMS shows them. */
  title: string;
  /** Path of the launch page inside the package. */
  launch: string;
  /** Every file in the package except imsmanifest.xml (the launch page included). */
  files: string[];
}

/** An XML ID: starts with a letter or underscore; letters, digits, '.', '-', '_' after it. */
export const toXmlId = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^(?=[^A-Za-z_])/, '_');

/** imsmanifest.xml of a SCORM 1.2 package with one organization, one item and one SCO. */
export function buildManifest({ identifier, title, launch, files }: ManifestInput): string {
  const id = toXmlId(identifier);
  const t = escapeXml(title);
  const fileLines = files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="${SCORM12_NAMESPACES.imscp}"
  xmlns:adlcp="${SCORM12_NAMESPACES.adlcp}"
  xmlns:xsi="${SCORM12_NAMESPACES.xsi}"
  xsi:schemaLocation="${SCORM12_NAMESPACES.imscp} imscp_rootv1p1p2.xsd ${SCORM12_NAMESPACES.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${t}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${t}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
