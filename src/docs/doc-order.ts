// The order of the developer docs on the site, with a Dutch line on what each is for.
// A doc in docs/ that is not listed here still gets a page, after these.
export const DOC_ORDER: { id: string; summary: string }[] = [
  { id: 'adapting', summary: 'Een les toevoegen of aanpassen, vertalen, een regio toevoegen, controleren en publiceren: de werkwijze stap voor stap.' },
  { id: 'content-model', summary: 'Elk bestand en elk veld van lessen, quizzen, handleidingen en databestanden, met de regels die de controle toepast.' },
  { id: 'exports', summary: 'Pdf’s om te printen, SCORM-pakketten voor de elektronische leeromgeving en quizvragen voor Moodle.' },
  { id: 'presentation', summary: 'De presentatiemodus voor het digibord: een deel van de les per scherm, met toetsenbord of presenter.' },
];

export function orderDocs<T extends { id: string }>(docs: T[]): T[] {
  const rank = (id: string) => {
    const i = DOC_ORDER.findIndex((d) => d.id === id);
    return i === -1 ? DOC_ORDER.length : i;
  };
  return [...docs].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

export const docSummary = (id: string) => DOC_ORDER.find((d) => d.id === id)?.summary;

/** The doc's first-level heading ("# Exports: PDF, SCORM and Moodle"), as plain text. */
export function docTitle(doc: { id: string; body?: string }): string {
  const heading = /^# (.+)$/m.exec(doc.body ?? '')?.[1];
  return heading ? heading.replaceAll('`', '').trim() : doc.id;
}
