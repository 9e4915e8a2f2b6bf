import { describe, expect, it } from 'vitest';
import { buildManifest, toXmlId } from '../../src/export/scorm-manifest.ts';
import { manifestProblems } from '../../src/export/scorm-manifest-rules.ts';
import { xmlSyntaxError } from '../../src/export/xml.ts';

const files = ['index.html', 'scorm-bridge.js', '_astro/Quiz.abc.js'];
const manifest = buildManifest({ identifier: 'digitaal-weerbaar-sextortion/14-15', title: 'Sextortion & "jij" <14–15>', launch: 'index.html', files });
const inPackage = ['imsmanifest.xml', ...files];

describe('SCORM 1.2 manifest', () => {
  it('passes every rule', () => {
    expect(manifestProblems(manifest, inPackage)).toEqual([]);
  });

  it('has the parts an LMS reads', () => {
    expect(manifest).toContain('<schema>ADL SCORM</schema>');
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('identifier="digitaal-weerbaar-sextortion-14-15"');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<title>Sextortion &amp; &quot;jij&quot; &lt;14–15&gt;</title>');
    for (const f of files) expect(manifest).toContain(`<file href="${f}"/>`);
  });

  it('makes XML IDs of any text', () => {
    expect(toXmlId('sextortion/14-15')).toBe('sextortion-14-15');
    expect(toXmlId('14-15')).toBe('_14-15');
  });
});

describe('SCORM 1.2 manifest rules catch', () => {
  const broken = (from: string, to: string, list = inPackage) => manifestProblems(manifest.replace(from, to), list);

  it('XML that is not well-formed', () => {
    expect(broken('</metadata>', '')).toEqual([expect.stringMatching(/not well-formed/)]);
  });
  it('a wrong or missing namespace', () => {
    expect(broken('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns="http://example.org/cp"')).toEqual([expect.stringMatching(/xmlns=/)]);
    expect(broken('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"', '').join('\n')).toMatch(/ADL namespace/);
  });
  it('the wrong metadata schema or version', () => {
    expect(broken('<schemaversion>1.2</schemaversion>', '<schemaversion>2004 4th Edition</schemaversion>')).toEqual([expect.stringMatching(/schemaversion/)]);
    expect(broken('<schema>ADL SCORM</schema>', '<schema>IMS Content</schema>')).toEqual([expect.stringMatching(/<schema>/)]);
  });
  it('a default organization that does not exist', () => {
    expect(broken('default="digitaal-weerbaar-sextortion-14-15-org"', 'default="elders"')).toEqual([expect.stringMatching(/default="elders"/)]);
  });
  it('an item that points at no resource, and a resource that is not a sco', () => {
    expect(broken('identifierref="digitaal-weerbaar-sextortion-14-15-sco"', 'identifierref="niets"').join('\n')).toMatch(/names no <resource>[\s\S]*no <item> launches a sco/);
    expect(broken('adlcp:scormtype="sco"', 'adlcp:scormtype="asset"')).toEqual([expect.stringMatching(/no <item> launches a sco/)]);
    expect(broken('adlcp:scormtype="sco"', 'adlcp:scormtype="les"')).toEqual([expect.stringMatching(/scormtype="sco" or "asset"/), expect.stringMatching(/no <item> launches a sco/)]);
  });
  it('absolute, URL and ../ paths', () => {
    expect(broken('<file href="_astro/Quiz.abc.js"/>', '<file href="/_astro/Quiz.abc.js"/>').join('\n')).toMatch(/is absolute/);
    expect(broken('<file href="_astro/Quiz.abc.js"/>', '<file href="../_astro/Quiz.abc.js"/>').join('\n')).toMatch(/leaves or skips a folder/);
    expect(broken('<file href="_astro/Quiz.abc.js"/>', '<file href="https://cdn.example/Quiz.js"/>').join('\n')).toMatch(/is a URL/);
    expect(broken('href="index.html">', 'href="/index.html">').join('\n')).toMatch(/href "\/index.html" is absolute/);
  });
  it('a file missing from the package, and a file the manifest does not list', () => {
    expect(manifestProblems(manifest, ['imsmanifest.xml', 'index.html', 'scorm-bridge.js'])).toEqual(['<file href="_astro/Quiz.abc.js"> is not in the package']);
    expect(manifestProblems(manifest, [...inPackage, 'extra.css'])).toEqual(['extra.css is in the package but not listed as a <file>']);
  });
  it('a launch page that is not listed, and a manifest that is not at the root', () => {
    expect(broken('<file href="index.html"/>', '', ['imsmanifest.xml', 'scorm-bridge.js', '_astro/Quiz.abc.js']).join('\n')).toMatch(/href="index.html" is not listed as a <file>/);
    expect(manifestProblems(manifest, ['pakket/imsmanifest.xml', ...files])[0]).toMatch(/not at the root/);
  });
  it('identifiers used twice or not XML IDs', () => {
    expect(broken('identifier="digitaal-weerbaar-sextortion-14-15-item"', 'identifier="digitaal-weerbaar-sextortion-14-15-org"')).toEqual([expect.stringMatching(/used 2 times/)]);
    expect(broken('<manifest identifier="digitaal-weerbaar-sextortion-14-15"', '<manifest identifier="14 15"')).toEqual([expect.stringMatching(/not a valid XML ID/)]);
  });
});

describe('XML syntax check', () => {
  it('finds what is not well-formed', () => {
    expect(xmlSyntaxError('<a b="&lt;">x &amp; y</a>')).toBeNull();
    expect(xmlSyntaxError('<a>x & y</a>')).toMatch(/&/);
    expect(xmlSyntaxError('<a><b></a>')).toMatch(/closing tag/);
  });
});
