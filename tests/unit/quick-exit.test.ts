import { describe, expect, it } from 'vitest';
import { bindQuickExit, createShiftSequence } from '../../src/lib/quick-exit.ts';

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

describe('bindQuickExit', () => {
  function fakePage(controls: number) {
    const clicks: ((event: { preventDefault(): void }) => void)[] = [];
    let keydown: (event: { key: string; repeat: boolean; timeStamp: number }) => void = () => {};
    const doc = {
      querySelectorAll: (selector: string) => {
        expect(selector).toBe('[data-quick-exit]');
        return Array.from({ length: controls }, () => ({ addEventListener: (_: 'click', listener: (typeof clicks)[number]) => void clicks.push(listener) }));
      },
      addEventListener: (_: 'keydown', listener: typeof keydown) => void (keydown = listener),
    };
    return { doc, clicks, key: (key: string, timeStamp: number, repeat = false) => keydown({ key, repeat, timeStamp }) };
  }

  it('leaves from every control, instead of following the link', () => {
    const page = fakePage(2);
    let left = 0;
    let prevented = 0;
    bindQuickExit(() => left++, page.doc);
    for (const click of page.clicks) click({ preventDefault: () => prevented++ });
    expect([left, prevented]).toEqual([2, 2]);
  });

  it('leaves on Shift three times, but not on a held key that repeats', () => {
    const page = fakePage(0);
    let left = 0;
    bindQuickExit(() => left++, page.doc);
    page.key('Shift', 0);
    page.key('Shift', 50, true);
    page.key('Shift', 100, true);
    expect(left).toBe(0);
    page.key('Shift', 200);
    page.key('Shift', 300);
    expect(left).toBe(1);
  });
});
