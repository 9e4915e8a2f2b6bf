import { describe, expect, it } from 'vitest';
import { createShiftSequence } from '../../src/lib/quick-exit.ts';

describe('quick exit: Shift three times', () => {
  it('fires on the third Shift within the time window', () => {
    const press = createShiftSequence(3, 1000);
    expect(press('Shift', 0)).toBe(false);
    expect(press('Shift', 300)).toBe(false);
    expect(press('Shift', 600)).toBe(true);
  });

  it('does not fire when the presses are too slow', () => {
    const press = createShiftSequence(3, 1000);
    expect([press('Shift', 0), press('Shift', 900), press('Shift', 1950)]).toEqual([false, false, false]);
    // 900 has expired by 1950, so 1950, 2100 and 2200 are the three that count.
    expect(press('Shift', 2100)).toBe(false);
    expect(press('Shift', 2200)).toBe(true);
  });

  it('is reset by any other key, so typing capitals does not trigger it', () => {
    const press = createShiftSequence(3, 1000);
    press('Shift', 0);
    press('Shift', 100);
    expect(press('A', 150)).toBe(false);
    expect(press('Shift', 200)).toBe(false);
  });

  it('starts counting again after firing', () => {
    const press = createShiftSequence(3, 1000);
    press('Shift', 0);
    press('Shift', 10);
    expect(press('Shift', 20)).toBe(true);
    expect(press('Shift', 30)).toBe(false);
  });
});
