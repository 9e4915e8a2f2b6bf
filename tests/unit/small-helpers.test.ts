import { describe, expect, it } from 'vitest';
import { timedPhases } from '../../src/curriculum/lesson-plan.ts';
import { quizSchema } from '../../src/curriculum/schemas/quiz.ts';
import { partialCreditRulesFor, PARTIAL_CREDIT_RULES } from '../../src/quiz/marking.ts';
import { filtersFromParams, searchAddress } from '../../src/search/filters.ts';

describe('lesson plan', () => {
  it('gives every phase its start and end minute', () => {
    const phases = [{ title: 'a', minutes: 5, activity: 'x' }, { title: 'b', minutes: 20, activity: 'y' }, { title: 'c', minutes: 25, activity: 'z' }];
    expect(timedPhases(phases).map((p) => [p.from, p.to])).toEqual([[0, 5], [5, 25], [25, 50]]);
  });
});

describe('partial-credit rules shown to pupils', () => {
  it('lists only the rules for the types the quiz uses', () => {
    const { questions } = quizSchema.parse({
      questions: [
        { id: 'o', type: 'ordering', prompt: 'P', explanation: 'E', items: ['1', '2', '3'] },
        { id: 'r', type: 'reflection', prompt: 'P', modelAnswer: 'M' },
      ],
    });
    expect(partialCreditRulesFor(questions)).toEqual([PARTIAL_CREDIT_RULES.ordering]);
  });
});

describe('search address', () => {
  it('round-trips the query and filters through the address', () => {
    const address = searchAddress('/zoeken/', ' foto ', { band: '12-13', type: 'les' });
    expect(address).toBe('/zoeken/?q=foto&leeftijd=12-13&soort=les');
    expect(filtersFromParams(new URLSearchParams(address.split('?')[1]))).toEqual({ band: '12-13', module: undefined, type: 'les' });
    expect(searchAddress('/zoeken/', '  ', {})).toBe('/zoeken/');
  });
});
