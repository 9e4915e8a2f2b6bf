import { XMLParser } from 'fast-xml-parser';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/curriculum/content.ts';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { exportMoodle, SUMMARY_FILE } from '../../src/export/export-moodle.ts';
import { MOODLE_FRACTIONS, multichoiceFractions, quizToMoodleXml, SKIP_REASONS } from '../../src/export/moodle-xml.ts';
import { xmlSyntaxError } from '../../src/export/xml.ts';
import { markQuestion } from '../../src/quiz/marking.ts';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['question', 'answer', 'subquestion'].includes(name) });
const parse = (xml: string) => {
  expect(xmlSyntaxError(xml)).toBeNull();
  return (parser.parse(xml) as Node).quiz.question as Node[];
};
const text = (node: Node | undefined): string => node?.text ?? '';

const tricky = 'Is 3 < 5 & "waar" of \'niet\'? ]]> blijft staan';
const quiz = quizSchema.parse({
  questions: [
    { id: 'een', type: 'single', prompt: tricky, explanation: 'Uitleg <b>', options: [
      { text: 'A & B', correct: true, feedback: 'Goed: <ja>' }, { text: 'C', correct: false, feedback: 'Niet helemaal' }] },
    { id: 'meer', type: 'multiple', prompt: 'Kies', explanation: 'E', options: [
      { text: 'r1', correct: true, feedback: 'f' }, { text: 'r2', correct: true, feedback: 'f' }, { text: 'r3', correct: true, feedback: 'f' },
      { text: 'w1', correct: false, feedback: 'f' }, { text: 'w2', correct: false, feedback: 'f' }] },
    { id: 'wf', type: 'truefalse', prompt: 'Waar?', explanation: 'E', answer: false, feedbackTrue: 'ft', feedbackFalse: 'ff' },
    { id: 'volgorde', type: 'ordering', prompt: 'Orden', explanation: 'E', items: ['eerst', 'dan', 'laatst'] },
    { id: 'koppel', type: 'matching', prompt: 'Koppel', explanation: 'E', pairs: [{ left: 'a <', right: 'x & y' }, { left: 'b', right: 'y' }, { left: 'c', right: 'z' }] },
    { id: 'klein', type: 'matching', prompt: 'Koppel', explanation: 'E', pairs: [{ left: 'a', right: 'x' }, { left: 'b', right: 'y' }] },
    { id: 'verhaal', type: 'scenario', prompt: 'Wat doe je?', explanation: 'E', start: 's', steps: [{ id: 's', text: 'T', choices: [
      { text: 'ok', feedback: 'f', next: 'goed' }, { text: 'nee', feedback: 'f', next: 'fout' }] }],
      endings: [{ id: 'goed', text: 'G', good: true }, { id: 'fout', text: 'F', good: false }] },
    { id: 'denk', type: 'reflection', prompt: 'Wat vind jij?', modelAnswer: 'Model' },
  ],
});
const { xml, exported, skipped } = quizToMoodleXml({ quiz, lessonId: 'sextortion/14-15', category: 'Sextortion (14–15 jaar) en/of meer' });
const questions = parse(xml);
const byIdnumber = (id: string) => questions.find((q) => q.idnumber === `sextortion-14-15-${id}`)!;

describe('Moodle XML', () => {
  it('starts with a category for the lesson ("/" in a title doubled)', () => {
    expect(questions[0]!['@type']).toBe('category');
    expect(text(questions[0]!.category)).toBe('$course$/top/Digitaal Weerbaar/Sextortion (14–15 jaar) en//of meer');
  });

  it('maps each type, and lists what it skipped with why', () => {
    expect(exported.map((e) => [e.id, e.moodleType])).toEqual([['een', 'multichoice'], ['meer', 'multichoice'], ['wf', 'truefalse'], ['volgorde', 'ordering'], ['koppel', 'matching'], ['denk', 'essay']]);
    expect(skipped).toEqual([
      { id: 'klein', type: 'matching', reason: SKIP_REASONS.matchingTooSmall },
      { id: 'verhaal', type: 'scenario', reason: SKIP_REASONS.scenario },
    ]);
    expect(questions.slice(1).map((q) => q['@type'])).toEqual(['multichoice', 'multichoice', 'truefalse', 'ordering', 'matching', 'essay']);
  });

  it('escapes <, &, quotes and ]]> so Moodle shows the text as written', () => {
    const q = byIdnumber('een');
    expect(text(q.questiontext)).toBe('<p>Is 3 &lt; 5 &amp; &quot;waar&quot; of \'niet\'? ]]&gt; blijft staan</p>');
    expect(text(q.answer[0])).toBe('A &amp; B');
    expect(text(q.answer[0].feedback)).toBe('<p>Goed: &lt;ja&gt;</p>');
    expect(text(q.generalfeedback)).toBe('<p>Uitleg &lt;b&gt;</p>');
    expect(q.name.text).toBe(`1. ${tricky}`);
    // The right side of a matching pair is plain text in a drop-down: XML-escaped only.
    expect(byIdnumber('koppel').subquestion[0].answer[0].text).toBe('x & y');
  });

  it('single choice: one right answer worth 100%, feedback per option, the explanation as general feedback', () => {
    const q = byIdnumber('een');
    expect(q.single).toBe('true');
    expect(q.answer.map((a: Node) => a['@fraction'])).toEqual(['100', '0']);
    expect(q.answer.map((a: Node) => text(a.feedback))).toEqual(['<p>Goed: &lt;ja&gt;</p>', '<p>Niet helemaal</p>']);
    expect(q.penalty).toBe('0');
  });

  it('multiple choice: right options add up to 100%, wrong ones take off as much; all are grades Moodle accepts', () => {
    const q = byIdnumber('meer');
    expect(q.single).toBe('false');
    expect(q.answer.map((a: Node) => a['@fraction'])).toEqual(['33.33333', '33.33333', '33.33333', '-33.33333', '-33.33333']);
    const fractions = q.answer.map((a: Node) => Number(a['@fraction']) / 100);
    expect(fractions.filter((f: number) => f > 0).reduce((s: number, f: number) => s + f, 0)).toBeCloseTo(1, 5);
    for (const f of fractions) expect(MOODLE_FRACTIONS.some((m) => Math.abs(Math.abs(f) - m) < 0.00001)).toBe(true);
  });

  it("multiple choice: Moodle's sum of ticked fractions, floored at 0, equals the site's marking", () => {
    const q = quiz.questions[1]!;
    if (q.type !== 'multiple') throw new Error('fixture');
    const fractions = multichoiceFractions(q);
    for (let mask = 0; mask < 2 ** q.options.length; mask++) {
      const choices = q.options.map((_, i) => i).filter((i) => mask & (2 ** i));
      const moodle = Math.min(1, Math.max(0, choices.reduce((s, i) => s + fractions[i]!, 0)));
      expect(moodle).toBeCloseTo(markQuestion(q, { choices }).score, 2);
    }
  });

  it('true/false, ordering and matching carry the answer, order and pairs', () => {
    const tf = byIdnumber('wf');
    expect(tf.answer.map((a: Node) => [text(a), a['@fraction'], text(a.feedback)])).toEqual([['true', '0', '<p>ft</p>'], ['false', '100', '<p>ff</p>']]);
    const order = byIdnumber('volgorde');
    expect(order.gradingtype).toBe('RELATIVE_NEXT_EXCLUDE_LAST');
    expect(order.answer.map((a: Node) => [a['@fraction'], text(a)])).toEqual([['1', 'eerst'], ['2', 'dan'], ['3', 'laatst']]);
    const match = byIdnumber('koppel');
    expect(match.subquestion.map((s: Node) => [text(s), s.answer[0].text])).toEqual([['a &lt;', 'x & y'], ['b', 'y'], ['c', 'z']]);
  });

  it('reflection becomes an essay worth 0 marks, with the model answer as feedback', () => {
    const essay = byIdnumber('denk');
    expect(essay.defaultgrade).toBe('0');
    expect(text(essay.generalfeedback)).toBe('<p>Een voorbeeldantwoord om mee te vergelijken: Model</p>');
    expect(text(essay.graderinfo)).toContain('Model');
  });
});

describe('Moodle export of the real quizzes', () => {
  const root = join(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'moodle-export-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const { results, summary } = exportMoodle({ root, outDir });
  const { tree } = readContent(root);

  it('writes one file per quiz, holding every question but the skipped ones', () => {
    expect(readdirSync(outDir).filter((f) => f.endsWith('.xml')).sort()).toEqual(tree.quizzes.map((q) => `${q.id.replace('/', '-')}.xml`).sort());
    for (const quizEntry of tree.quizzes) {
      const result = results.find((r) => r.lessonId === quizEntry.id)!;
      const inFile = parse(readFileSync(result.path, 'utf8')).filter((q) => q['@type'] !== 'category');
      const expected = quizEntry.data.questions.filter((q) => q.type !== 'scenario' && !(q.type === 'matching' && q.pairs.length < 3));
      expect(inFile.map((q) => q.idnumber), quizEntry.id).toEqual(expected.map((q) => `${quizEntry.id.replace('/', '-')}-${q.id}`));
      expect(result.exported.length + result.skipped.length).toBe(quizEntry.data.questions.length);
      for (const q of inFile.filter((q) => q['@type'] === 'multichoice')) {
        for (const a of q.answer) expect(MOODLE_FRACTIONS.some((m) => Math.abs(Math.abs(Number(a['@fraction']) / 100) - m) < 0.00001)).toBe(true);
      }
    }
  });

  it('writes a summary that lists every skipped question', () => {
    expect(readFileSync(join(outDir, SUMMARY_FILE), 'utf8')).toBe(summary);
    for (const r of results) for (const s of r.skipped) expect(summary).toContain(`- ${r.lessonId} → ${s.id} (${s.type}): ${s.reason}`);
  });
});
