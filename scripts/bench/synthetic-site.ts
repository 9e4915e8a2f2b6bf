import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes N synthetic lessons (with quiz, guide and module files) that pass every content
 * check, for measuring how build time grows. Plain everyday words keep clear of glossary terms.
 */
const WORDS = ['Sam', 'fiets', 'naar', 'school', 'boek', 'lezen', 'thuis', 'buiten', 'spelen', 'zon', 'regen', 'vriend', 'samen', 'eten', 'kijken', 'lopen', 'huis', 'tuin', 'hond', 'kat'];
const sentence = (i: number) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} en ${WORDS[(i * 3) % WORDS.length]}.`;
const paragraph = (seed: number) => Array.from({ length: 12 }, (_, i) => sentence(seed + i)).join(' ');

/** Letters instead of digits in titles: a number such as 112 would rightly fail the help check. */
const letters = (n: number): string => (n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26));

const lesson = (n: number) => `---
title: "Oefenles ${letters(n)}"
description: "Een les om te meten hoe snel de site bouwt."
readingMinutes: 10
notice: "Deze les is een oefening."
goals: ["Je leest een tekst.", "Je maakt een test."]
recap: ["Een.", "Twee.", "Drie."]
help: [kindertelefoon]
---

<Situatie titel="Sam">

${paragraph(n)}

</Situatie>

## Eerste deel

${paragraph(n + 1)}

## Tweede deel

${paragraph(n + 2)}

<Opdracht>

${paragraph(n + 3)}

</Opdracht>
`;

const single = (id: string) => `  - id: ${id}
    type: single
    prompt: Welke klopt?
    section: eerste-deel
    options:
      - { text: Deze, correct: true, feedback: Klopt. }
      - { text: Die, correct: false, feedback: Niet helemaal. }
    explanation: Uitleg.
`;
const quiz = `questions:
${['a', 'b', 'c', 'd'].map(single).join('')}  - id: e
    type: truefalse
    prompt: Klopt dit?
    answer: true
    feedbackTrue: Ja.
    feedbackFalse: Niet helemaal.
    explanation: Uitleg.
  - id: f
    type: scenario
    prompt: Wat doe je?
    start: begin
    steps:
      - id: begin
        text: Er gebeurt iets.
        choices:
          - { text: Hulp vragen, feedback: Goed., next: goed }
          - { text: Niets doen, feedback: Snap ik., next: anders }
    endings:
      - { id: goed, text: Het loopt goed af., good: true }
      - { id: anders, text: Je kunt nog steeds hulp vragen., good: false }
    explanation: Uitleg.
`;
const guide = `---
title: "Handleiding oefenles"
description: "Een handleiding om te meten."
duration: 50
goals: [Doel een, Doel twee]
kerndoelen: [3, 8]
preparation: [Lees de les]
materials: [Digibord]
phases:
  - { title: Start, minutes: 20, activity: Begin. }
  - { title: Eind, minutes: 30, activity: Sluit af. }
---

${['Voor je begint', 'Gespreksvragen', 'Als een leerling iets vertelt', 'Differentiatie', 'Achtergrond voor de docent', 'Ouders', 'Bronnen'].map((s) => `## ${s}\n\nTekst.\n`).join('\n')}
`;

export function writeSyntheticLessons(root: string, count: number): void {
  const bands = ['12-13', '14-15', '16-18'];
  for (let n = 0; n < count; n++) {
    const module = `oefen-${Math.floor(n / 3) + 1}`;
    const band = bands[n % 3]!;
    for (const dir of ['lessons', 'quizzes', 'teacher-guides']) mkdirSync(join(root, dir, module), { recursive: true });
    if (n % 3 === 0) {
      writeFileSync(join(root, 'lessons', module, 'module.yaml'), `title: Oefenmodule ${module}\nsummary: Een module om te meten.\norder: ${Math.floor(n / 3) + 1}\nthemes: [meten]\n`);
    }
    writeFileSync(join(root, 'lessons', module, `${band}.mdx`), lesson(n));
    writeFileSync(join(root, 'quizzes', module, `${band}.yaml`), quiz);
    writeFileSync(join(root, 'teacher-guides', module, `${band}.mdx`), guide);
  }
}
