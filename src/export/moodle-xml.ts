import type { Question, QuestionOf, QuestionType, Quiz } from '../curriculum/schemas/quiz.ts';
import { escapeXml } from './xml.ts';

/**
 * A quiz as Moodle XML (the question bank's import format), one category per lesson.
 *
 * | ours       | Moodle                  | marking                                                |
 * |------------|-------------------------|--------------------------------------------------------|
 * | single     | multichoice, single     | 100% for the right option                              |
 * | multiple   | multichoice, multiple   | each right tick +1/c, each wrong tick −1/c, floored at 0 (c = right options): the same rule |
 * | truefalse  | truefalse               | the same                                               |
 * | matching   | matching                | share of right pairs: the same                         |
 * | ordering   | ordering (standard since Moodle 4.4) | "relative to the next item, last excluded": share of neighbouring pairs, the same |
 * | reflection | essay, mark 0           | not marked, as on the site                             |
 * | scenario   | (skipped)               | no Moodle type for a branching story                   |
 *
 * Penalty is 0: on the site a pupil may try again freely.
 */
export interface MoodleQuizInput {
  quiz: Quiz;
  /** "sextortion/14-15" */
  lessonId: string;
  /** The category in the question bank, e.g. "Sextortion (14–15 jaar)". */
  category: string;
}
export interface SkippedQuestion {
  id: string;
  type: QuestionType;
  reason: string;
}
export interface MoodleQuiz {
  xml: string;
  exported: { id: string; type: QuestionType; moodleType: string }[];
  skipped: SkippedQuestion[];
}

/** Moodle's root category for the course; the path below it uses "/" between levels. */
export const CATEGORY_ROOT = '$course$/top/Digitaal Weerbaar';
export const SKIP_REASONS = {
  scenario: 'a branching "Wat doe je?" story has no Moodle question type; use the lesson page or its SCORM package',
  matchingTooSmall: "Moodle's matching type needs at least 3 pairs",
} as const;

/** Moodle accepts only these answer grades (as a share of the mark, also negative). */
export const MOODLE_FRACTIONS = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];

export function quizToMoodleXml({ quiz, lessonId, category }: MoodleQuizInput): MoodleQuiz {
  const parts: string[] = [categoryXml(`${CATEGORY_ROOT}/${category.replaceAll('/', '//')}`)];
  const exported: MoodleQuiz['exported'] = [];
  const skipped: SkippedQuestion[] = [];
  quiz.questions.forEach((q, i) => {
    const result = questionXml(q, i + 1, `${lessonId.replace('/', '-')}-${q.id}`);
    if ('reason' in result) skipped.push({ id: q.id, type: q.type, reason: result.reason });
    else {
      parts.push(result.xml);
      exported.push({ id: q.id, type: q.type, moodleType: result.moodleType });
    }
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.join('\n')}\n</quiz>\n`;
  return { xml, exported, skipped };
}

type QuestionResult = { xml: string; moodleType: string } | { reason: string };

function questionXml(q: Question, position: number, idnumber: string): QuestionResult {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { moodleType: 'multichoice', xml: question('multichoice', q, position, idnumber, multichoice(q)) };
    case 'truefalse':
      return { moodleType: 'truefalse', xml: question('truefalse', q, position, idnumber, trueFalse(q)) };
    case 'matching':
      if (q.pairs.length < 3) return { reason: SKIP_REASONS.matchingTooSmall };
      return { moodleType: 'matching', xml: question('matching', q, position, idnumber, matching(q)) };
    case 'ordering':
      return { moodleType: 'ordering', xml: question('ordering', q, position, idnumber, ordering(q)) };
    case 'reflection':
      return { moodleType: 'essay', xml: question('essay', q, position, idnumber, essay(q)) };
    case 'scenario':
      return { reason: SKIP_REASONS.scenario };
  }
}

/** CDATA keeps HTML readable in the file; "]]>" inside the text is split over two sections. */
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
/** Our texts are plain text; Moodle shows "html" fields as HTML, so < and & must be escaped. */
const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
const html = (text: string, paragraph = true) => `<text>${cdata(paragraph ? `<p>${escapeHtml(text)}</p>` : escapeHtml(text))}</text>`;
const htmlField = (tag: string, text: string, paragraph = true) => `    <${tag} format="html">${html(text, paragraph)}</${tag}>`;
/** A percentage for Moodle's fraction attribute: 1/3 → "33.33333". */
export const percent = (share: number) => String(Number((share * 100).toFixed(5)));
const shorten = (text: string, max = 80) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

function categoryXml(path: string): string {
  return `  <question type="category">\n    <category><text>${escapeXml(path)}</text></category>\n  </question>`;
}

function question(type: string, q: Question, position: number, idnumber: string, body: string[]): string {
  const explanation = q.type === 'reflection' ? `Een voorbeeldantwoord om mee te vergelijken: ${q.modelAnswer}` : q.explanation;
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(`${position}. ${shorten(q.prompt)}`)}</text></name>`,
    htmlField('questiontext', q.prompt),
    htmlField('generalfeedback', explanation),
    `    <defaultgrade>${q.type === 'reflection' ? 0 : 1}</defaultgrade>`,
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(idnumber)}</idnumber>`,
    ...body,
    '  </question>',
  ].join('\n');
}

const answer = (fraction: string, text: string, feedback: string | null, paragraph = false) =>
  `    <answer fraction="${fraction}" format="html">${html(text, paragraph)}${feedback === null ? '' : `<feedback format="html">${html(feedback)}</feedback>`}</answer>`;
const combinedFeedback = ['    <correctfeedback format="html"><text></text></correctfeedback>', '    <partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>', '    <incorrectfeedback format="html"><text></text></incorrectfeedback>'];

/** Fractions that give Moodle's multichoice the site's marking (see marking.ts). */
export function multichoiceFractions(q: QuestionOf<'single'> | QuestionOf<'multiple'>): number[] {
  if (q.type === 'single') return q.options.map((o) => (o.correct ? 1 : 0));
  const right = q.options.filter((o) => o.correct).length;
  return q.options.map((o) => (o.correct ? 1 : -1) / right);
}

function multichoice(q: QuestionOf<'single'> | QuestionOf<'multiple'>): string[] {
  const fractions = multichoiceFractions(q);
  return [
    `    <single>${q.type === 'single'}</single>`,
    `    <shuffleanswers>${q.shuffle}</shuffleanswers>`,
    '    <answernumbering>none</answernumbering>',
    '    <showstandardinstruction>1</showstandardinstruction>',
    ...combinedFeedback,
    ...q.options.map((o, i) => answer(percent(fractions[i]!), o.text, o.feedback)),
  ];
}

function trueFalse(q: QuestionOf<'truefalse'>): string[] {
  // Moodle's true/false answers are the words "true" and "false"; it shows them in the site language.
  return [
    `    <answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text><feedback format="html">${html(q.feedbackTrue)}</feedback></answer>`,
    `    <answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text><feedback format="html">${html(q.feedbackFalse)}</feedback></answer>`,
  ];
}

function matching(q: QuestionOf<'matching'>): string[] {
  return [
    '    <shuffleanswers>true</shuffleanswers>',
    ...combinedFeedback,
    // The right side shows in a drop-down list: plain text, so only XML-escaped.
    ...q.pairs.map((p) => `    <subquestion format="html">${html(p.left, false)}<answer><text>${escapeXml(p.right)}</text></answer></subquestion>`),
  ];
}

function ordering(q: QuestionOf<'ordering'>): string[] {
  return [
    '    <layouttype>VERTICAL</layouttype>',
    '    <selecttype>ALL</selecttype>',
    `    <selectcount>${q.items.length}</selectcount>`,
    '    <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>',
    '    <showgrading>SHOW</showgrading>',
    '    <numberingstyle>none</numberingstyle>',
    ...combinedFeedback,
    // For ordering, "fraction" is the item's place in the right order.
    ...q.items.map((item, i) => answer(String(i + 1), item, null)),
  ];
}

function essay(q: QuestionOf<'reflection'>): string[] {
  return [
    '    <responseformat>editor</responseformat>',
    '    <responserequired>1</responserequired>',
    '    <responsefieldlines>5</responsefieldlines>',
    '    <attachments>0</attachments>',
    '    <attachmentsrequired>0</attachmentsrequired>',
    htmlField('graderinfo', `Niet beoordeeld (op de site telt de open vraag niet mee). Voorbeeldantwoord: ${q.modelAnswer}`),
    '    <responsetemplate format="html"><text></text></responsetemplate>',
  ];
}
