import { describe, expect, it } from 'vitest';
import { fillPdfSlot } from '../../src/export/pdf-links.ts';
import { pdfPlan } from '../../src/export/pdf-targets.ts';

describe('pdfPlan', () => {
  const plan = pdfPlan(['sextortion/14-15'], ['veilig-lesgeven']);

  it('prints every guide and every lesson once', () => {
    expect(plan.targets).toEqual([
      { page: '/docenten/sextortion/14-15/', file: 'pdf/docenten/sextortion-14-15.pdf' },
      { page: '/lessen/sextortion/14-15/', file: 'pdf/lessen/sextortion-14-15.pdf' },
      { page: '/docenten/algemeen/veilig-lesgeven/', file: 'pdf/docenten/algemeen-veilig-lesgeven.pdf' },
    ]);
  });

  it('gives a lesson guide two links and a general guide one', () => {
    expect(plan.guides.map((g) => [g.page, Boolean(g.lesson)])).toEqual([
      ['/docenten/sextortion/14-15/', true],
      ['/docenten/algemeen/veilig-lesgeven/', false],
    ]);
  });
});

describe('fillPdfSlot', () => {
  const [lessonGuide, generalGuide] = pdfPlan(['sextortion/14-15'], ['veilig-lesgeven']).guides;
  const page = '<h1>Titel</h1><div class="pdf-links" data-pdf-slot=""></div><p>Rest</p>';
  const sizes = { 'pdf/docenten/sextortion-14-15.pdf': 180_000, 'pdf/lessen/sextortion-14-15.pdf': 2_000, 'pdf/docenten/algemeen-veilig-lesgeven.pdf': 90_000 };

  it('puts links with the file size into the empty slot and leaves the rest of the page alone', () => {
    const html = fillPdfSlot(page, lessonGuide!, sizes);
    expect(html).toContain('<a href="/pdf/docenten/sextortion-14-15.pdf" download>Deze handleiding als pdf</a> <span class="card__meta">(pdf, A4, 176 kB)</span>');
    expect(html).toContain('<a href="/pdf/lessen/sextortion-14-15.pdf" download>De les voor leerlingen als pdf</a> <span class="card__meta">(pdf, A4, 2 kB)</span>');
    expect(html.startsWith('<h1>Titel</h1>')).toBe(true);
    expect(html.endsWith('<p>Rest</p>')).toBe(true);
  });

  it('can run twice without doubling the links', () => {
    const once = fillPdfSlot(page, generalGuide!, sizes);
    expect(fillPdfSlot(once, generalGuide!, sizes)).toBe(once);
    expect(once.match(/<li>/g)).toHaveLength(1);
  });

  it('never links a PDF that was not written, and names a page without a slot', () => {
    expect(() => fillPdfSlot(page, lessonGuide!, {})).toThrow('pdf/docenten/sextortion-14-15.pdf was not written');
    expect(() => fillPdfSlot('<h1>Oud</h1>', lessonGuide!, sizes)).toThrow('/docenten/sextortion/14-15/ has no PDF slot');
  });
});
