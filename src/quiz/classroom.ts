/**
 * Classroom mode: a teacher shows one question at a time on the digibord and reveals the
 * answer after the class has talked about it. Presenter clickers send PageDown/PageUp and
 * have no A key, so their "forward" first shows the answer and then moves on ('step').
 */
export type ClassroomAction = 'next' | 'step' | 'previous' | 'reveal' | 'close' | 'first' | 'last';

const KEYS: Record<string, ClassroomAction> = {
  ArrowRight: 'next',
  PageDown: 'step',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  a: 'reveal',
  A: 'reveal',
  Escape: 'close',
};

export function classroomAction(key: string): ClassroomAction | null {
  return KEYS[key] ?? null;
}

export interface ClassroomView {
  index: number;
  revealed: boolean;
}

/** The next view after an action; moving to another question hides its answer again. */
export function applyClassroomAction(view: ClassroomView, action: Exclude<ClassroomAction, 'close'>, total: number): ClassroomView {
  const go = (index: number) => {
    const clamped = Math.min(Math.max(index, 0), total - 1);
    return clamped === view.index ? view : { index: clamped, revealed: false };
  };
  switch (action) {
    case 'next':
      return go(view.index + 1);
    case 'step':
      return view.revealed ? go(view.index + 1) : { ...view, revealed: true };
    case 'previous':
      return go(view.index - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(total - 1);
    case 'reveal':
      return { ...view, revealed: true };
  }
}

/**
 * In a lesson presentation the quiz follows the last slide: going back from the first
 * question leaves the quiz and returns to the presentation.
 */
export function leavesClassroom(view: ClassroomView, action: ClassroomAction, leaveBeforeFirst: boolean): boolean {
  return action === 'close' || (leaveBeforeFirst && action === 'previous' && view.index === 0);
}
