// A guide page is built before its PDF exists, so it carries an empty slot; the PDF export
// fills the slot once the files are written. A page never links a PDF that is not there.
import type { GuidePdfs } from './pdf-targets.ts';

const SLOT = /<div class="pdf-links" data-pdf-slot="">[\s\S]*?<\/div>/;

function link(href: string, label: string, bytes: number): string {
  return `<li><a href="/${href}" download>${label}</a> <span class="card__meta">(pdf, A4, ${Math.max(1, Math.round(bytes / 1024))} kB)</span></li>`;
}

/** The slot with links to the guide's PDF and, for a lesson guide, the lesson's PDF. */
export function fillPdfSlot(html: string, pdfs: GuidePdfs, sizes: Record<string, number>): string {
  if (!SLOT.test(html)) throw new Error(`${pdfs.page} has no PDF slot (<div class="pdf-links" data-pdf-slot="">): is it a guide page built by this version?`);
  const size = (file: string) => {
    const bytes = sizes[file];
    if (bytes === undefined) throw new Error(`${file} was not written, so ${pdfs.page} cannot link it`);
    return bytes;
  };
  const items = [link(pdfs.guide.file, 'Deze handleiding als pdf', size(pdfs.guide.file))];
  if (pdfs.lesson) items.push(link(pdfs.lesson.file, 'De les voor leerlingen als pdf', size(pdfs.lesson.file)));
  return html.replace(SLOT, `<div class="pdf-links" data-pdf-slot=""><ul class="no-print">${items.join('')}</ul></div>`);
}
