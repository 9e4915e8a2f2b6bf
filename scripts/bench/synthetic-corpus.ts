import type { SearchDocument } from '../../src/search/documents.ts';
import { seededRandom } from '../../src/quiz/shuffle.ts';

/** Words for synthetic Dutch lesson text: topic words mixed with everyday words. */
const TOPIC = [
  'afpersing', 'afperser', 'vriendschap', 'groepsapp', 'geheim', 'cadeau', 'complimenten', 'beelden', 'foto', 'video',
  'hulp', 'melden', 'bewijs', 'screenshot', 'profiel', 'account', 'dreiging', 'schaamte', 'vertrouwen', 'grenzen',
  'gevoel', 'mentor', 'ouders', 'school', 'klas', 'game', 'chat', 'privé', 'politie', 'aangifte', 'deadline',
  'manipulatie', 'aandacht', 'afstand', 'isolatie', 'status', 'groep', 'druk', 'nee', 'stoppen', 'blokkeren',
];
const COMMON = [
  'je', 'de', 'het', 'een', 'is', 'en', 'dat', 'niet', 'wat', 'als', 'maar', 'met', 'voor', 'ook', 'dan', 'kan', 'wil',
  'iemand', 'vriend', 'vriendin', 'online', 'dag', 'avond', 'bericht', 'vraag', 'antwoord', 'praten', 'denken', 'weten',
  'zien', 'voelen', 'zeggen', 'helpen', 'samen', 'snel', 'rustig', 'goed', 'moeilijk', 'veilig', 'eng', 'raar', 'echt',
];

export function syntheticDocuments(count: number, seed = 7): SearchDocument[] {
  const random = seededRandom(seed);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const n = 6 + Math.floor(random() * 6);
    const words = Array.from({ length: n }, () => (random() < 0.25 ? pick(TOPIC) : pick(COMMON)));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const bands = ['12-13', '14-15', '16-18'];
  const modules = ['lovebombing', 'sextortion', 'desensitisatie', 'groepsdruk', 'hulp', 'online-extremisme'];
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 45 }, sentence).join(' ');
    const title = `Les ${i + 1}: ${pick(TOPIC)} en ${pick(TOPIC)}`;
    return { url: `/lessen/synth-${i + 1}/`, title, type: 'les', band: pick(bands), module: pick(modules), summary: body.slice(0, 160), body };
  });
}

export const BENCH_QUERIES = [
  'afpersing', 'afpersen', 'vriendschap', 'groepsapp', 'geheim houden', 'cadeau', 'complimenten krijgen', 'beelden delen',
  'hulp vragen', 'melden', 'bewijs bewaren', 'profiel', 'dreigt', 'schaamte', 'vertrouwen', 'grenzen', 'mentor', 'politie aangifte',
  'manipulatie', 'isolatie',
];
