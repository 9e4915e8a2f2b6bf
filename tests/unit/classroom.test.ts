import { describe, expect, it } from 'vitest';
import { applyClassroomAction, classroomAction } from '../../src/quiz/classroom.ts';

describe('classroom mode', () => {
  it('maps arrow keys, clicker keys, A and Escape', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'a', 'Escape', 'Home', 'End', 'x'].map(classroomAction)).toEqual([
      'next', 'step', 'previous', 'previous', 'reveal', 'close', 'first', 'last', null,
    ]);
  });

  it('moves one question at a time and stays within the quiz', () => {
    let view = { index: 0, revealed: false };
    view = applyClassroomAction(view, 'previous', 3);
    expect(view).toEqual({ index: 0, revealed: false });
    view = applyClassroomAction(applyClassroomAction(view, 'next', 3), 'next', 3);
    expect(view.index).toBe(2);
    expect(applyClassroomAction(view, 'next', 3).index).toBe(2);
    expect(applyClassroomAction(view, 'first', 3).index).toBe(0);
    expect(applyClassroomAction({ index: 0, revealed: false }, 'last', 3).index).toBe(2);
  });

  it('reveals the answer only on request and hides it again on the next question', () => {
    const revealed = applyClassroomAction({ index: 1, revealed: false }, 'reveal', 3);
    expect(revealed).toEqual({ index: 1, revealed: true });
    expect(applyClassroomAction(revealed, 'next', 3)).toEqual({ index: 2, revealed: false });
    // Pressing "next" on the last question keeps the answer visible.
    expect(applyClassroomAction({ index: 2, revealed: true }, 'next', 3)).toEqual({ index: 2, revealed: true });
  });

  it('lets a clicker, which has no A key, show the answer first and then move on', () => {
    const shown = applyClassroomAction({ index: 0, revealed: false }, 'step', 3);
    expect(shown).toEqual({ index: 0, revealed: true });
    expect(applyClassroomAction(shown, 'step', 3)).toEqual({ index: 1, revealed: false });
    expect(applyClassroomAction({ index: 2, revealed: true }, 'step', 3)).toEqual({ index: 2, revealed: true });
  });
});
