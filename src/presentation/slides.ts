/**
 * Presentation mode (teacher side): a lesson on the digibord, one section per screen.
 *
 * The lesson is split at build time: the server renders the lesson's MDX to HTML once, this
 * module cuts that HTML at its top-level <h2> headings, and the page renders every piece as a
 * <section>. Without JavaScript the page is a long, readable page of sections; with it, one
 * section at a time is shown (see keys.ts and controller.ts).
 */

/** One h2 section of the lesson: its heading and everything up to the next h2. */
export interface LessonSection {
  /** The id of the h2 (Astro gives every heading one), or null when it has none. */
  headingId: string | null;
  /** The heading as plain text, for the slide counter and the announcement. */
  title: string;
  /** The section's HTML, the h2 included. */
  html: string;
}

export interface SplitLesson {
  /** What comes before the first h2 (often a situation); '' when there is nothing. */
  intro: string;
  sections: LessonSection[];
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title']);
// A comment, or a start or end tag whose quoted attribute values may hold '>'.
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The offsets where a top-level <h2> starts (an h2 inside a box or section does not count). */
function topLevelHeadingStarts(html: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, slash, rawName, attributes = ''] = match;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (slash) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 0 && name === 'h2') starts.push(match.index);
    if (RAW_TEXT_ELEMENTS.has(name)) {
      // Skip the element's text: a '<' in a script is not a tag.
      const end = html.toLowerCase().indexOf(`</${name}`, match.index + whole.length);
      TAG.lastIndex = end === -1 ? html.length : end;
      depth++;
      continue;
    }
    if (!VOID_ELEMENTS.has(name) && !attributes.trimEnd().endsWith('/')) depth++;
  }
  return starts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags removed, common entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') {
        const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(point) ? String.fromCodePoint(point) : entity;
      }
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The h2 at the start of a section: its id and its text. */
function readHeading(sectionHtml: string): { headingId: string | null; title: string } {
  const match = /^<h2((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/h2\s*>/i.exec(sectionHtml);
  if (!match) return { headingId: null, title: '' };
  const id = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(match[1] ?? '');
  return { headingId: id ? (id[1] ?? id[2] ?? id[3] ?? null) : null, title: htmlToText(match[2] ?? '') };
}

/** Cuts a lesson's rendered HTML at its top-level h2 headings. */
export function splitAtSections(html: string): SplitLesson {
  const starts = topLevelHeadingStarts(html);
  const intro = (starts.length > 0 ? html.slice(0, starts[0]) : html).trim();
  const sections = starts.map((start, i) => {
    const sectionHtml = html.slice(start, starts[i + 1] ?? html.length).trim();
    return { ...readHeading(sectionHtml), html: sectionHtml };
  });
  return { intro: htmlToText(intro) === '' && !/<(img|svg|video|audio|iframe|table)\b/i.test(intro) ? '' : intro, sections };
}

/** The kinds of screen a lesson presentation has, in the order they are shown. */
export type SlideKind = 'title' | 'goals' | 'intro' | 'section' | 'recap' | 'help' | 'quiz';

export interface Slide {
  kind: SlideKind;
  /** 1-based position; the slide's element id is slideId(number). */
  number: number;
  title: string;
  /** For 'intro' and 'section' slides: the lesson's own HTML. */
  html?: string;
  /** The id of the heading that names the slide, when the lesson's HTML brings its own. */
  headingId?: string | null;
}

export interface DeckInput {
  lessonTitle: string;
  lesson: SplitLesson;
  hasQuiz: boolean;
}

/** Fixed slide titles (the pupil lesson uses the same words for its own sections). */
export const SLIDE_TITLES = {
  goals: 'Wat leer je?',
  intro: 'Om te beginnen',
  recap: 'Samengevat',
  help: 'Hulp nodig?',
  quiz: 'Quiz',
} as const;

/**
 * The screens of a lesson presentation: the title screen first (title, band, duration and the
 * content notice), the goals, the lesson's opening text if it has one, one screen per h2
 * section, the summary, where to find help, and the quiz last (its questions then follow in
 * classroom mode).
 */
export function planSlides({ lessonTitle, lesson, hasQuiz }: DeckInput): Slide[] {
  const slides: Omit<Slide, 'number'>[] = [
    { kind: 'title', title: lessonTitle },
    { kind: 'goals', title: SLIDE_TITLES.goals },
    ...(lesson.intro ? [{ kind: 'intro' as const, title: SLIDE_TITLES.intro, html: lesson.intro }] : []),
    ...lesson.sections.map((s) => ({ kind: 'section' as const, title: s.title, html: s.html, headingId: s.headingId })),
    { kind: 'recap', title: SLIDE_TITLES.recap },
    { kind: 'help', title: SLIDE_TITLES.help },
    ...(hasQuiz ? [{ kind: 'quiz' as const, title: SLIDE_TITLES.quiz }] : []),
  ];
  return slides.map((slide, i) => ({ ...slide, number: i + 1 }));
}

/** The element id (and URL hash without '#') of slide number n, counted from 1. */
export const slideId = (n: number) => `dia-${n}`;

/** The 0-based slide index a hash such as "#dia-3" points at, or null when it names no slide. */
export function slideIndexFromHash(hash: string, total: number): number | null {
  const match = /^#?dia-(\d{1,4})$/.exec(hash);
  if (!match) return null;
  const n = Number(match[1]);
  return n >= 1 && n <= total ? n - 1 : null;
}

/** The visible counter, "3 / 9". */
export const counterText = (index: number, total: number) => `${index + 1} / ${total}`;

/** What a screen reader hears after moving: "Dia 3 van 9: Wat zegt de wet?". */
export const announcement = (index: number, total: number, title: string) =>
  `Dia ${index + 1} van ${total}${title ? `: ${title}` : ''}`;
