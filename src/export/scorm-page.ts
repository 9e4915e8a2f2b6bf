import { createHash } from 'node:crypto';

/**
 * Turns a built lesson page (dist/lessen/<module>/<band>/index.html) into the launch page of a
 * SCORM package, which an LMS serves from its own address, usually inside a frame:
 *
 * - files the page loads (root-relative, with an extension: /_astro/…, /favicon.svg) become
 *   paths relative to the package root, and are listed in `files` so the package carries them;
 * - links to other pages of the site become absolute links to the site (its address is read
 *   from the page's canonical link) that open in a new tab, like links to other sites: the
 *   lesson frame stays in the LMS. Pages the package carries itself (the help page, so help
 *   works even when the site is not online) are linked by their file name, also in a new tab;
 * - forms that post to the site (search) are removed: the CSP's form-action 'self' would block
 *   them and search needs the site's index;
 * - the site script (quick exit and the service worker for offline use) is replaced by the
 *   package's own script, which does the quick exit for a page in a frame and reports the quiz
 *   to the LMS. A service worker registered from an LMS page would belong to the LMS's address.
 *
 * Plain string work on Astro's output, which is regular (double-quoted attributes); the
 * package check fails loudly on anything that still points at the site root.
 */
export interface PageRewrite {
  html: string;
  /** Root-relative paths of the site files the page needs, e.g. "/_astro/Quiz.abc.js". */
  files: string[];
  /** The site's address, from the canonical link, ending in "/". */
  siteUrl: string;
}

export const NEW_TAB_NOTE = '<span class="visually-hidden"> (opent in een nieuw tabblad)</span>';
const URL_ATTRIBUTES = ['href', 'src', 'component-url', 'renderer-url', 'before-hydration-url'];
/** A root-relative URL of a file rather than a page: its last segment has an extension. */
const isFileUrl = (url: string) => /^\/(?!\/)[^?#]*\.[a-z0-9]+(?:[?#].*)?$/i.test(url);

export interface RewriteOptions {
  /** Site pages the package carries, by path: { "/hulp/": "hulp.html" }. */
  localPages?: Record<string, string>;
  /** Whether this is the SCO, the page that reports to the LMS (the launch page); default true. */
  sco?: boolean;
}

/** Marks the page that talks to the LMS; the bridge on any other page of the package leaves the API alone. */
export const SCO_MARKER = '<meta name="scorm" content="sco">';

export function rewriteLessonPage(html: string, bridgeFile: string, { localPages = {}, sco = true }: RewriteOptions = {}): PageRewrite {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) throw new Error('the page has no canonical link, so the site address is unknown');
  const siteUrl = new URL('/', canonical).href;

  let out = removeSiteScript(html);
  out = out.replace(/<form\b[^>]*\baction="\/[^"]*"[^>]*>[\s\S]*?<\/form>/g, '');

  const files = new Set<string>();
  const attr = new RegExp(`(\\s(?:${URL_ATTRIBUTES.join('|')})=")(\\/[^"]*)"`, 'g');
  out = out.replace(attr, (_, before: string, url: string) => {
    if (isFileUrl(url)) {
      const path = url.replace(/[?#].*$/, '');
      files.add(path);
      return `${before}${url.slice(1)}"`;
    }
    const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
    const local = localPages[path];
    return local ? `${before}${local}${rest}"` : `${before}${new URL(url, siteUrl).href}"`;
  });
  const localFiles = Object.values(localPages);
  const leavesPage = (attrs: string) =>
    /\shref="https?:/.test(attrs) || localFiles.some((file) => attrs.includes(` href="${file}`));

  // Every link that leaves the package opens in a new tab (not the quick exit: see the bridge).
  out = out.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs: string, inner: string) => {
    // A local page opens in a new tab too: in the frame it would end the lesson's LMS session.
    if (!leavesPage(attrs) || /\sdata-quick-exit\b/.test(attrs) || /\starget=/.test(attrs)) return whole;
    const rel = /\srel="([^"]*)"/.exec(attrs)?.[1];
    const rels = [...new Set([...(rel?.split(/\s+/).filter(Boolean) ?? []), 'noopener'])].join(' ');
    const withRel = rel === undefined ? `${attrs} rel="${rels}"` : attrs.replace(/\srel="[^"]*"/, ` rel="${rels}"`);
    return `<a${withRel} target="_blank">${inner}${NEW_TAB_NOTE}</a>`;
  });

  if (!out.includes('</head>')) throw new Error('the page has no </head>');
  out = out.replace('</head>', `${sco ? SCO_MARKER : ''}<script src="${bridgeFile}" defer></script></head>`);
  return { html: out, files: [...files].sort(), siteUrl };
}

/** Removes the one inline site script (it registers the service worker) and its CSP hash. */
function removeSiteScript(html: string): string {
  const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].filter((m) => m[1]!.includes('serviceWorker'));
  if (scripts.length !== 1) throw new Error(`expected one site script (quick exit and service worker) in the page, found ${scripts.length}`);
  const [tag, body] = [scripts[0]![0], scripts[0]![1]!];
  const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
  if (!html.includes(` ${hash}`)) throw new Error('the CSP of the page does not hold the hash of the site script');
  return html.replace(tag, '').replace(` ${hash}`, '');
}
