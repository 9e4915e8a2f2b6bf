import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, createZip, readZip } from '../../src/export/zip.ts';

describe('zip writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    const text = Buffer.from('Digitaal Weerbaar – één, twee'.repeat(50));
    if (typeof zlibCrc32 === 'function') expect(crc32(text)).toBe(zlibCrc32(text));
  });

  it('round-trips entries, deflating text and storing what does not shrink', () => {
    const text = Buffer.from('<p>Hallo</p>\n'.repeat(200));
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256));
    const zip = createZip([
      { path: 'imsmanifest.xml', data: Buffer.from('<manifest/>') },
      { path: '_astro/café.js', data: text },
      { path: 'bin', data: random },
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.path)).toEqual(['imsmanifest.xml', '_astro/café.js', 'bin']);
    expect(Buffer.from(entries[1]!.data).equals(text)).toBe(true);
    expect(Buffer.from(entries[2]!.data).equals(random)).toBe(true);
    expect(zip.byteLength).toBeLessThan(text.byteLength);
    // The first local header is the manifest: the LMS finds it at the root.
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.toString('utf8', 30, 30 + 'imsmanifest.xml'.length)).toBe('imsmanifest.xml');
  });

  it('gives the same bytes for the same input', () => {
    const entries = [{ path: 'a.txt', data: Buffer.from('a') }];
    expect(createZip(entries).equals(createZip(entries))).toBe(true);
  });

  it('refuses paths that leave the archive, and doubles', () => {
    for (const path of ['/abs.txt', '../up.txt', 'a/../../b', 'back\\slash', '']) {
      expect(() => createZip([{ path, data: Buffer.from('x') }])).toThrow(/relative path/);
    }
    expect(() => createZip([{ path: 'a', data: Buffer.from('1') }, { path: 'a', data: Buffer.from('2') }])).toThrow(/twice/);
  });

  it('notices a damaged archive', () => {
    const zip = createZip([{ path: 'a.txt', data: Buffer.from('stored') }]);
    const at = 30 + 'a.txt'.length; // the first byte of the stored data
    zip.writeUInt8(zip.readUInt8(at) ^ 0xff, at);
    expect(() => readZip(zip)).toThrow(/CRC/);
  });
});
