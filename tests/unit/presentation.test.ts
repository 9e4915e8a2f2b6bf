import { describe, expect, it } from 'vitest';
import { announcement, counterText, htmlToText, planSlides, slideId, slideIndexFromHash, splitAtSections } from '../../src/presentation/slides.ts';
import { deckAction, deckStep, focusKind, type FocusedElement } from '../../src/presentation/keys.ts';
import { leavesClassroom } from '../../src/quiz/classroom.ts';

const lessonHtml = [
  '<section class="box" aria-label="Milan"><p class="tag">Verzonnen verhaal</p><h3>Milan</h3><p>Milan is 15.</p></section>',
  '<p>Lees dit eerst.</p>',
  '<h2 id="wat-is-sextortion">Wat is sextortion?</h2>',
  '<p><a class="term" href="/begrippen/#sextortion" title="a > b">Sextortion</a> is afpersing.</p>',
  '<h2 id="de-wet">Wat zegt de <em>wet</em>? &amp; wie &#x27;telt&#39;</h2>',
  '<ul><li>Een foto sturen</li></ul><section class="box"><h2>Binnen een box</h2><p>telt niet</p></section>',
  '<!-- <h2>in commentaar</h2> --><hr><img src="/a.png" alt="">',
  '<h2 id="laatste">Laatste</h2><p>Einde</p>',
].join('\n');

describe('splitting a lesson at its h2 sections', () => {
  const split = splitAtSections(lessonHtml);

  it('cuts only at top-level h2 headings, not inside boxes or comments', () => {
    expect(split.sections.map((s) => s.headingId)).toEqual(['wat-is-sextortion', 'de-wet', 'laatste']);
    expect(split.sections[1]!.html).toContain('Binnen een box');
    expect(split.sections[1]!.html).toContain('<img src="/a.png" alt="">');
  });

  it('keeps the text before the first h2 as the intro', () => {
    expect(split.intro).toMatch(/^<section class="box"/);
    expect(split.intro).toContain('Lees dit eerst.');
    expect(split.intro).not.toContain('<h2');
  });

  it('loses no HTML: the pieces join back to the whole', () => {
    const joined = [split.intro, ...split.sections.map((s) => s.html)].join('');
    expect(joined.replace(/\s/g, '')).toBe(lessonHtml.replace(/\s/g, ''));
  });

  it('reads each heading as plain text, with entities decoded', () => {
    expect(split.sections.map((s) => s.title)).toEqual(['Wat is sextortion?', "Wat zegt de wet? & wie 'telt'", 'Laatste']);
    expect(split.sections[0]!.html.startsWith('<h2 id="wat-is-sextortion">')).toBe(true);
  });

  it('handles a lesson without h2 headings, one without intro, and headings without an id', () => {
    expect(splitAtSections('<p>Alleen tekst</p>')).toEqual({ intro: '<p>Alleen tekst</p>', sections: [] });
    const noIntro = splitAtSections('  \n<h2 class="x">Zonder id</h2><p>a</p>');
    expect(noIntro.intro).toBe('');
    expect(noIntro.sections).toEqual([{ headingId: null, title: 'Zonder id', html: '<h2 class="x">Zonder id</h2><p>a</p>' }]);
    expect(splitAtSections('<!-- leeg --><h2 id="a">A</h2>').intro).toBe('');
  });

  it('does not read tags inside a script or style', () => {
    const split2 = splitAtSections('<h2 id="a">A</h2><script>const s = "<div>";</script><h2 id="b">B</h2>');
    expect(split2.sections.map((s) => s.headingId)).toEqual(['a', 'b']);
  });

  it('turns HTML into text', () => {
    expect(htmlToText(' <b>Een</b>\n  nep-profiel&nbsp;&#8211; &unknown; ')).toBe('Een nep-profiel – &unknown;');
  });
});

describe('the slides of a lesson presentation', () => {
  const lesson = splitAtSections(lessonHtml);
  const slides = planSlides({ lessonTitle: 'Sextortion', lesson, hasQuiz: true });

  it('starts with the title, then goals, intro and one slide per section, and ends with summary, help and the quiz', () => {
    expect(slides.map((s) => s.kind)).toEqual(['title', 'goals', 'intro', 'section', 'section', 'section', 'recap', 'help', 'quiz']);
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(slides[0]!.title).toBe('Sextortion');
    expect(slides[3]).toMatchObject({ title: 'Wat is sextortion?', headingId: 'wat-is-sextortion' });
  });

  it('leaves out the intro when there is none, and the quiz slide without a quiz', () => {
    const plain = planSlides({ lessonTitle: 'X', lesson: { intro: '', sections: [] }, hasQuiz: false });
    expect(plain.map((s) => s.kind)).toEqual(['title', 'goals', 'recap', 'help']);
  });

  it('names slides in the URL as #dia-<number> and reads them back', () => {
    expect(slideId(3)).toBe('dia-3');
    expect(slideIndexFromHash('#dia-3', 9)).toBe(2);
    expect(slideIndexFromHash('dia-1', 9)).toBe(0);
    for (const hash of ['', '#', '#dia-0', '#dia-10', '#dia-x', '#de-zes-stappen', '#dia-3a']) expect(slideIndexFromHash(hash, 9)).toBeNull();
  });

  it('shows "3 / 9" and announces "Dia 3 van 9: <title>"', () => {
    expect(counterText(2, 9)).toBe('3 / 9');
    expect(announcement(2, 9, 'Wat zegt de wet?')).toBe('Dia 3 van 9: Wat zegt de wet?');
    expect(announcement(0, 9, '')).toBe('Dia 1 van 9');
  });
});

describe('keys in presentation mode', () => {
  const press = (key: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key, ...extra });

  it('maps arrows, clicker keys, Space, Home, End, F and Escape', () => {
    const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End', 'f', 'F', 'Escape'];
    expect(keys.map((key) => deckAction(press(key), 'other'))).toEqual([
      'next', 'next', 'next', 'previous', 'previous', 'first', 'last', 'toggle-fullscreen', 'toggle-fullscreen', 'exit-fullscreen',
    ]);
    expect(deckAction(press(' ', { shiftKey: true }), 'other')).toBe('previous');
  });

  it('leaves Enter, other keys and browser shortcuts alone', () => {
    for (const key of ['Enter', 'Tab', 'ArrowUp', 'ArrowDown', 'a', 'Shift']) expect(deckAction(press(key), 'other')).toBeNull();
    expect(deckAction(press('ArrowLeft', { altKey: true }), 'other')).toBeNull();
    expect(deckAction(press('End', { ctrlKey: true }), 'other')).toBeNull();
    expect(deckAction(press('f', { metaKey: true }), 'other')).toBeNull();
    expect(deckAction(press('ArrowRight', { shiftKey: true }), 'other')).toBeNull();
  });

  it('lets Space press a focused button or link, while the arrows and clicker still move', () => {
    expect(deckAction(press(' '), 'control')).toBeNull();
    expect(deckAction(press('PageDown'), 'control')).toBe('next');
    expect(deckAction(press('ArrowLeft'), 'control')).toBe('previous');
  });

  it('ignores every key while typing in a field', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'Home', 'End', 'f', 'Escape']) expect(deckAction(press(key), 'text')).toBeNull();
  });

  it('tells text fields, controls and the rest apart', () => {
    const el = (tagName: string, attributes: Record<string, string> = {}, isContentEditable = false): FocusedElement =>
      ({ tagName, isContentEditable, getAttribute: (name: string) => attributes[name] ?? null });
    expect(['INPUT', 'textarea', 'SELECT'].map((t) => focusKind(el(t)))).toEqual(['text', 'text', 'text']);
    expect(focusKind(el('DIV', {}, true))).toBe('text');
    expect(focusKind(el('DIV', { role: 'slider' }))).toBe('text');
    expect(['BUTTON', 'A', 'SUMMARY'].map((t) => focusKind(el(t)))).toEqual(['control', 'control', 'control']);
    expect(focusKind(el('SPAN', { role: 'button' }))).toBe('control');
    expect(focusKind(el('DIV'))).toBe('other');
    expect(focusKind(el('SECTION'))).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});

describe('moving through the deck', () => {
  it('moves one slide at a time and stays within the deck', () => {
    expect(deckStep(0, 'next', 5, false)).toEqual({ kind: 'show', index: 1 });
    expect(deckStep(0, 'previous', 5, false)).toEqual({ kind: 'none' });
    expect(deckStep(3, 'previous', 5, false)).toEqual({ kind: 'show', index: 2 });
    expect(deckStep(3, 'first', 5, false)).toEqual({ kind: 'show', index: 0 });
    expect(deckStep(1, 'last', 5, false)).toEqual({ kind: 'show', index: 4 });
    expect(deckStep(4, 'last', 5, true)).toEqual({ kind: 'none' });
  });

  it('starts the quiz with "next" on the last slide when that is the quiz', () => {
    expect(deckStep(4, 'next', 5, true)).toEqual({ kind: 'start-quiz' });
    expect(deckStep(4, 'next', 5, false)).toEqual({ kind: 'none' });
  });

  it('leaves classroom mode with "previous" on the first question only inside a presentation', () => {
    expect(leavesClassroom({ index: 0, revealed: false }, 'previous', true)).toBe(true);
    expect(leavesClassroom({ index: 0, revealed: false }, 'previous', false)).toBe(false);
    expect(leavesClassroom({ index: 1, revealed: true }, 'previous', true)).toBe(false);
    expect(leavesClassroom({ index: 2, revealed: false }, 'close', false)).toBe(true);
  });
});
