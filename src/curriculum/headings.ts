import GithubSlugger from 'github-slugger';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** Markdown headings of an MDX body (outside code fences), with the slugs the site gives them. */
export function headingsOf(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) {
      const text = match[2]!;
      headings.push({ depth: match[1]!.length, text, slug: slugger.slug(text) });
    }
  }
  return headings;
}

/** Keys used in <Hulp id="..."/> components of an MDX body. */
export function helpKeysUsed(body: string): string[] {
  return [...body.matchAll(/<Hulp\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
}
