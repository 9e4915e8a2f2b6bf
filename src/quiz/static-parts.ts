/**
 * The server renders every question and its answer once (the readable quiz for pupils
 * without JavaScript). The island and classroom mode show copies of those parts instead of
 * carrying their own code to render them, which keeps the pupil's download small.
 */
export type StaticPart = 'prompt' | 'body' | 'answer';

export const staticPartSelector = (questionId: string, part: StaticPart) =>
  `[data-static-question="${questionId}"] [data-part="${part}"]`;

/** A copy of one server-rendered part, without ids (so they stay unique on the page). */
export function copyStaticPart(root: ParentNode, questionId: string, part: StaticPart): HTMLElement | null {
  const source = root.querySelector(staticPartSelector(questionId, part));
  if (!source) return null;
  const copy = source.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-part');
  for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
  return copy;
}

/** Svelte action: fills the element with a copy of a server-rendered part. */
export function showStaticPart(node: HTMLElement, target: { questionId: string; part: StaticPart }) {
  const fill = (t: typeof target) => node.replaceChildren(...[copyStaticPart(document, t.questionId, t.part)].filter((n) => n !== null));
  fill(target);
  return { update: fill };
}
