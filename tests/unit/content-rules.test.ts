import { afterEach, describe, expect, it } from 'vitest';
import { loadCurriculumData } from '../../src/curriculum/data.ts';
import { deniedWordsIn } from '../../src/curriculum/deny-words.ts';
import { glossaryLinkProblems } from '../../src/curriculum/glossary-links.ts';
import { proseOf } from '../../src/curriculum/mdx-text.ts';
import { countSyllables, fleschDouma, sentencesOf } from '../../src/curriculum/readability.ts';
import { validateContent } from '../../src/curriculum/validate.ts';
import { fixtureSite, PROJECT_ROOT } from './fixture-site.ts';

const { glossary, denyList } = loadCurriculumData(PROJECT_ROOT);

describe('Dutch syllables', () => {
  it('counts vowel groups, with diphthongs as one and a diaeresis as a break', () => {
    expect(['kat', 'huis', 'ijs', 'boek', 'leeuw', 'meisje', 'afpersing', 'geïnteresseerd', 'uitbuiting', 'zelfmoordpreventie'].map(countSyllables))
      .toEqual([1, 1, 1, 1, 1, 2, 3, 5, 3, 5]);
  });
});

describe('Flesch-Douma', () => {
  it('scores short sentences with short words as easy, and long ones as hard', () => {
    const easy = fleschDouma('Ik zie je. Jij ziet mij. Dat is fijn. Kom je ook?');
    const hard = fleschDouma('De geïnstitutionaliseerde verantwoordelijkheidsverdeling tussen onderwijsinstellingen en jeugdhulpverleningsorganisaties vereist uitgebreide coördinatiemechanismen en professionaliseringstrajecten.');
    expect(easy.score).toBeGreaterThan(90);
    expect(hard.score).toBeLessThan(0);
  });

  it('follows the formula 206.84 − 77 × syllables/words − 0.93 × words/sentences', () => {
    // 2 sentences, 6 words, 8 syllables ("Ik heb een boek" = 4, "Het is leuker" = 1+1+2).
    const r = fleschDouma('Ik heb een boek. Het is leuker.');
    expect(r).toMatchObject({ words: 7, sentences: 2, syllables: 8 });
    expect(r.score).toBeCloseTo(206.84 - 77 * (8 / 7) - 0.93 * (7 / 2), 1);
  });

  it('treats list items and headings without a full stop as sentences', () => {
    expect(sentencesOf('Wat leer je\n- een\n- twee drie')).toEqual([['Wat', 'leer', 'je'], ['een'], ['twee', 'drie']]);
  });

  it('reads prose without markup or component tags', () => {
    expect(proseOf('## Kop\n\n<Situatie titel="x">\n\n**Vet** en [link](/a).\n\n</Situatie>').replace(/\s+/g, ' ').trim()).toBe('Kop Vet en link.');
  });
});

describe('glossary links', () => {
  it('accepts a term linked at its first use and plain later', () => {
    expect(glossaryLinkProblems('Dit is <Begrip id="grooming">grooming</Begrip>. Grooming is erg.', glossary)).toEqual([]);
  });

  it('reports a term used before its link, with the line and the fix', () => {
    const problems = glossaryLinkProblems('Regel een.\nHij wil je groomen.\nDit is <Begrip id="grooming">grooming</Begrip>.', glossary);
    expect(problems).toEqual([{ line: 2, message: '"groomen" is the first use of the glossary term "grooming": write it as <Begrip id="grooming">groomen</Begrip>' }]);
  });

  it('ignores headings and component attributes, and reports unknown ids', () => {
    expect(glossaryLinkProblems('## Wat is grooming?\n\n<Situatie titel="Over grooming">\n\nTekst.\n\n</Situatie>', glossary)).toEqual([]);
    expect(glossaryLinkProblems('<Begrip id="onbekend">x</Begrip>', glossary)[0]!.message).toMatch(/expected an id from src\/data\/glossary\.yaml/);
  });
});

describe('deny list', () => {
  it('finds group names in text for 12-13 and 14-15, not for 16-18', () => {
    const text = 'Een groep als No Lives Matter.\nOf het Com-netwerk. Of 764.';
    expect(deniedWordsIn(text, '12-13', denyList).map((d) => [d.line, d.word])).toEqual([[1, 'No Lives Matter'], [2, 'Com-netwerk'], [2, '764']]);
    expect(deniedWordsIn(text, '14-15', denyList)).toHaveLength(3);
    expect(deniedWordsIn(text, '16-18', denyList)).toEqual([]);
  });

  it('matches whole words only, and "Com" only with its capital', () => {
    expect(deniedWordsIn('Een computer en 17645 en een comfortabele stoel. Je komt mee.', '12-13', denyList)).toEqual([]);
    expect(deniedWordsIn('Ze noemen het Com.', '12-13', denyList).map((d) => d.word)).toEqual(['Com']);
  });
});

describe('content rules on a site', () => {
  let site: ReturnType<typeof fixtureSite>;
  afterEach(() => site?.cleanup());
  const problems = () => validateContent(site.root).problems;

  it('fail a lesson below the readability floor of its band', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'Tekst.', 'De geïnstitutionaliseerde verantwoordelijkheidsverdeling tussen onderwijsinstellingen en jeugdhulpverleningsorganisaties vereist uitgebreide coördinatiemechanismen, professionaliseringstrajecten en interdisciplinaire samenwerkingsverbanden.');
    expect(problems().find((p) => p.field === 'readability')?.message).toMatch(/expected a Flesch-Douma score of at least 60 for 14-15, got -?\d/);
  });

  it('fail a group name in a 14-15 quiz', () => {
    site = fixtureSite();
    site.edit('quizzes/demo/14-15.yaml', 'prompt: Welke?', 'prompt: Ken je 764?');
    expect(problems()).toContainEqual(expect.objectContaining({ file: 'quizzes/demo/14-15.yaml', field: 'line 4', message: expect.stringMatching(/"764" must not appear in pupil text for 14-15/) }));
  });

  it('fail a glossary term used before its link, naming the file line', () => {
    site = fixtureSite();
    site.edit('lessons/demo/14-15.mdx', 'Sam maakt een test.', 'Sam wordt gemanipuleerd.');
    expect(problems()).toContainEqual(expect.objectContaining({ file: 'lessons/demo/14-15.mdx', field: 'line 18', message: expect.stringMatching(/<Begrip id="manipulatie">gemanipuleerd<\/Begrip>/) }));
  });

  it('fail a quiz that misses its shape', () => {
    site = fixtureSite();
    site.write('quizzes/demo/14-15.yaml', 'questions:\n  - { id: a, type: reflection, prompt: Wat denk jij?, modelAnswer: Dit. }\n');
    const messages = problems().filter((p) => p.file === 'quizzes/demo/14-15.yaml').map((p) => p.message);
    expect(messages).toEqual([
      'expected 6 to 10 questions, found 1',
      'expected at least 3 question types, found 1 (reflection)',
      'expected a scenario question ("Wat doe je?") at the heart of the quiz',
    ]);
  });
});
