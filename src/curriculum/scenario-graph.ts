/**
 * Structural checks of a branching scenario: every `next` points somewhere, every step is
 * reachable from the start, and no path loops forever (every path reaches an ending).
 */
export interface ScenarioShape {
  start: string;
  steps: { id: string; choices: { next: string }[] }[];
  endings: { id: string }[];
}

export interface GraphProblem {
  path: (string | number)[];
  message: string;
}

export function scenarioProblems(scenario: ScenarioShape): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const stepIds = new Map(scenario.steps.map((s, i) => [s.id, i]));
  const endingIds = new Set(scenario.endings.map((e) => e.id));
  const allIds = [...scenario.steps.map((s) => s.id), ...scenario.endings.map((e) => e.id)];
  const duplicates = allIds.filter((id, i) => allIds.indexOf(id) !== i);
  for (const id of new Set(duplicates)) {
    problems.push({ path: ['steps'], message: `expected unique step and ending ids, but "${id}" is used twice` });
  }
  if (!stepIds.has(scenario.start)) {
    problems.push({ path: ['start'], message: `expected the id of a step, but there is no step "${scenario.start}"` });
    return problems;
  }
  scenario.steps.forEach((step, i) =>
    step.choices.forEach((choice, j) => {
      if (!stepIds.has(choice.next) && !endingIds.has(choice.next)) {
        problems.push({
          path: ['steps', i, 'choices', j, 'next'],
          message: `expected the id of a step or an ending, but "${choice.next}" does not exist`,
        });
      }
    }),
  );
  if (problems.length) return problems;

  // Depth-first walk: grey = on the current path (a revisit means a loop), black = done.
  const state = new Map<string, 'grey' | 'black'>();
  const reachedEndings = new Set<string>();
  const visit = (id: string): void => {
    if (endingIds.has(id)) {
      reachedEndings.add(id);
      return;
    }
    const mark = state.get(id);
    if (mark === 'black') return;
    const index = stepIds.get(id)!;
    if (mark === 'grey') {
      problems.push({
        path: ['steps', index],
        message: `expected every path to reach an ending, but step "${id}" can loop back to itself`,
      });
      return;
    }
    state.set(id, 'grey');
    for (const choice of scenario.steps[index]!.choices) visit(choice.next);
    state.set(id, 'black');
  };
  visit(scenario.start);

  scenario.steps.forEach((step, i) => {
    if (!state.has(step.id)) {
      problems.push({ path: ['steps', i], message: `expected every step to be reachable from the start, but "${step.id}" is not` });
    }
  });
  scenario.endings.forEach((ending, i) => {
    if (!reachedEndings.has(ending.id)) {
      problems.push({ path: ['endings', i], message: `expected every ending to be reachable, but "${ending.id}" is not` });
    }
  });
  return problems;
}
