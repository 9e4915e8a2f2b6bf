import type { HelpResource } from './schemas/help-resource.ts';

/**
 * Help details typed straight into content go stale and cannot be corrected in one place,
 * so content must use <Hulp id="…"/> or a lesson's `help:` list instead. This finds phone
 * numbers (including the short 112 and 113) and the web addresses of help services.
 */
const PHONE = /(?<![\w.,-])(?:0\d{2,3}(?:[- ]?\d{2,4}){1,3}|112|113)(?![\w-]|[.,]\d)/g;

/** Text with the places where a key may appear legitimately blanked out. */
function withoutKeys(text: string): string {
  return text
    .replace(/<Hulp\b[^>]*\/>/g, '')
    .replace(/^help:.*$/m, '');
}

export interface TypedContact {
  line: number;
  found: string;
  kind: 'phone' | 'address';
}

export function findTypedContacts(text: string, resources: Record<string, HelpResource>): TypedContact[] {
  const hosts = new Set(
    Object.values(resources)
      .flatMap((r) => [r.web, r.chat, r.source])
      .filter((url): url is string => !!url)
      .map((url) => new URL(url).host.replace(/^www\./, '')),
  );
  const found: TypedContact[] = [];
  withoutKeys(text)
    .split('\n')
    .forEach((lineText, i) => {
      for (const match of lineText.matchAll(PHONE)) found.push({ line: i + 1, found: match[0], kind: 'phone' });
      for (const host of hosts) {
        if (lineText.toLowerCase().includes(host)) found.push({ line: i + 1, found: host, kind: 'address' });
      }
    });
  return found;
}
