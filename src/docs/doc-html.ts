// The developer docs are Markdown files in docs/ that read well on GitHub and are also pages of
// the site (/ontwikkelaars/…). This makes their HTML work as pages: a link to a sibling doc
// ("exports.md#scorm") goes to its page, an outside link sends no referrer, and every table gets a focusable scroll box, so it
// reflows at 400% zoom without hiding columns from keyboard users.

export const DOCS_ROUTE = '/ontwikkelaars/';
const SIBLING_DOC = /^(?:\.\/)?([a-z0-9-]+)\.md(#.*)?$/;

/** "exports.md#scorm" → "/ontwikkelaars/exports/#scorm"; other links unchanged. */
export function docHref(href: string): string {
  const match = SIBLING_DOC.exec(href);
  return match ? `${DOCS_ROUTE}${match[1]}/${match[2] ?? ''}` : href;
}

export function docHtml(html: string): string {
  return html
    .replace(/(<a\s[^>]*?href=")([^"]*)(")/g, (_, before: string, href: string, after: string) =>
      // Like every external link on the site: no referrer sent.
      /^https?:/.test(href) ? `${before}${href}${after} rel="noreferrer"` : `${before}${docHref(href)}${after}`,
    )
    .replace(/<table>/g, '<div class="table-wrap" tabindex="0" role="region" aria-label="Tabel"><table>')
    .replace(/<\/table>/g, '</table></div>');
}
