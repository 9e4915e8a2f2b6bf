/**
 * Quick exit, after GOV.UK's "Exit this page": a button, or Shift pressed three times in
 * quick succession. Leaving replaces the current history entry, so Back does not return here.
 */
export const QUICK_EXIT_URL = 'https://www.buienradar.nl/';
export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 1000;

/**
 * Counts Shift presses; returns true on the press that completes the sequence.
 * Any other key resets the count, so typing capitals in a text field does not trigger it.
 */
export function createShiftSequence(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS) {
  let times: number[] = [];
  return (key: string, now: number): boolean => {
    if (key !== 'Shift') {
      times = [];
      return false;
    }
    times = [...times.filter((t) => now - t <= windowMs), now];
    if (times.length >= presses) {
      times = [];
      return true;
    }
    return false;
  };
}

interface QuickExitDocument {
  querySelectorAll(selector: string): Iterable<{ addEventListener(type: 'click', listener: (event: { preventDefault(): void }) => void): void }>;
  addEventListener(type: 'keydown', listener: (event: { key: string; repeat: boolean; timeStamp: number }) => void): void;
}

/**
 * Wires the quick exit on a page: every [data-quick-exit] control and Shift three times call
 * `leave`. Shared by the site script and the SCORM package's script, which leave differently.
 */
export function bindQuickExit(leave: () => void, doc: QuickExitDocument = document as unknown as QuickExitDocument): void {
  for (const control of doc.querySelectorAll('[data-quick-exit]')) {
    control.addEventListener('click', (event) => {
      event.preventDefault();
      leave();
    });
  }
  const isShiftSequence = createShiftSequence();
  doc.addEventListener('keydown', (event) => {
    if (!event.repeat && isShiftSequence(event.key, event.timeStamp)) leave();
  });
}
