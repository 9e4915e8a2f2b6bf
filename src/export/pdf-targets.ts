// Which pages become PDFs and where each PDF goes. The files live in dist/pdf/ so the site
// serves them next to the pages they were printed from.
import { routes } from '../lib/routes.ts';

export const PDF_DIR = 'pdf';

export interface PdfTarget {
  /** The page to print, e.g. "/docenten/sextortion/14-15/". */
  page: string;
  /** Path of the PDF below dist/, e.g. "pdf/docenten/sextortion-14-15.pdf". */
  file: string;
}

/** What a teacher guide page links to once the PDFs exist. */
export interface GuidePdfs {
  /** The guide page whose slot gets the links. */
  page: string;
  guide: PdfTarget;
  lesson?: PdfTarget;
}

const flat = (id: string) => id.replaceAll('/', '-');

export function lessonPdf(lessonId: string): PdfTarget {
  return { page: routes.lesson(lessonId), file: `${PDF_DIR}/lessen/${flat(lessonId)}.pdf` };
}

export function guidePdf(lessonId: string): PdfTarget {
  return { page: routes.guide(lessonId), file: `${PDF_DIR}/docenten/${flat(lessonId)}.pdf` };
}

export function generalGuidePdf(id: string): PdfTarget {
  return { page: routes.generalGuide(id), file: `${PDF_DIR}/docenten/algemeen-${flat(id)}.pdf` };
}

/** Every PDF to print, and for every guide page the PDFs it should link. */
export function pdfPlan(lessonIds: string[], generalGuideIds: string[]): { targets: PdfTarget[]; guides: GuidePdfs[] } {
  const guides: GuidePdfs[] = [
    ...lessonIds.map((id) => ({ page: routes.guide(id), guide: guidePdf(id), lesson: lessonPdf(id) })),
    ...generalGuideIds.map((id) => ({ page: routes.generalGuide(id), guide: generalGuidePdf(id) })),
  ];
  const targets = guides.flatMap((g) => (g.lesson ? [g.guide, g.lesson] : [g.guide]));
  return { targets, guides };
}
