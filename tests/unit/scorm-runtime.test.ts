import { describe, expect, it } from 'vitest';
import { cmiTimespan, DEFAULT_MASTERY, findApi, masteryFrom, nextReport, type Scorm12Api, type WindowLike } from '../../src/export/scorm-runtime.ts';

const api = {} as Scorm12Api;

describe('finding the SCORM 1.2 API', () => {
  it('walks up the parent frames', () => {
    const top: WindowLike = { API: api };
    top.parent = top;
    const middle: WindowLike = { parent: top };
    expect(findApi({ parent: middle })).toBe(api);
  });

  it('then tries the window that opened the top window (a pop-up launch)', () => {
    const opener: WindowLike = { API: api };
    const top: WindowLike = { opener };
    top.parent = top;
    top.top = top;
    expect(findApi({ parent: top, top })).toBe(api);
  });

  it('stops at a frame of another origin, and finds nothing outside an LMS', () => {
    const foreign = {} as WindowLike;
    Object.defineProperty(foreign, 'API', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    expect(findApi({ parent: foreign })).toBeNull();
    const alone: WindowLike = {};
    alone.parent = alone;
    expect(findApi(alone)).toBeNull();
  });
});

describe('what the quiz reports to the LMS', () => {
  const progress = (score: number, answered: number) => ({ score, max: answered, answered, total: 9, points: 8 });
  const fresh = { raw: null, status: 'incomplete' };

  it('nothing before the first checked question', () => {
    expect(nextReport(progress(0, 0), fresh)).toBeNull();
  });
  it('a percentage of all the points of the quiz, incomplete until every question is checked', () => {
    expect(nextReport(progress(1, 1), fresh)).toEqual({ raw: 13, status: 'incomplete' });
    expect(nextReport(progress(7.5, 8), fresh)).toEqual({ raw: 94, status: 'incomplete' });
  });
  it('passed at the mastery score or above once complete, completed below it, never failed', () => {
    expect(DEFAULT_MASTERY).toBe(60);
    expect(nextReport(progress(4.8, 9), fresh)).toEqual({ raw: 60, status: 'passed' });
    expect(nextReport(progress(4.7, 9), fresh)).toEqual({ raw: 59, status: 'completed' });
    expect(nextReport(progress(0, 9), fresh)).toEqual({ raw: 0, status: 'completed' });
    expect(nextReport(progress(6, 9), fresh, 80)).toEqual({ raw: 75, status: 'completed' });
  });
  it('keeps the best of the attempt: Try again or wiping never lowers score or status', () => {
    expect(nextReport(progress(1, 3), { raw: 100, status: 'passed' })).toEqual({ raw: 100, status: 'passed' });
    expect(nextReport(progress(0, 0), { raw: 40, status: 'completed' })).toEqual({ raw: 40, status: 'completed' });
    expect(nextReport(progress(8, 9), { raw: 40, status: 'completed' })).toEqual({ raw: 100, status: 'passed' });
  });
  it('reads the mastery score the LMS passes, or uses the default', () => {
    expect(masteryFrom('80')).toBe(80);
    expect(masteryFrom('')).toBe(DEFAULT_MASTERY);
    expect(masteryFrom('150')).toBe(DEFAULT_MASTERY);
  });
  it('writes session time as a SCORM 1.2 timespan', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(cmiTimespan(59_999)).toBe('0000:00:59.99');
  });
});
