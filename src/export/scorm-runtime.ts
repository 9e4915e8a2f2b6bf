import type { ProgressDetail } from '../quiz/progress-event.ts';

/** The SCORM 1.2 run-time API an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

/** The part of a window the API search walks; a test can pass plain objects. */
export interface WindowLike {
  API?: Scorm12Api;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
}

/** How far up the frames the search goes, as in ADL's discovery algorithm. */
const MAX_FRAMES = 500;

/**
 * ADL's API discovery: this window and its parents, then the window that opened the top one
 * (an LMS that launches the lesson in a pop-up) and its parents. A frame of another origin
 * throws on access; that ends the search on that chain.
 */
export function findApi(start: WindowLike): Scorm12Api | null {
  const scan = (win: WindowLike | null | undefined): Scorm12Api | null => {
    for (let i = 0; win && i < MAX_FRAMES; i++) {
      try {
        if (win.API) return win.API;
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch {
        return null;
      }
    }
    return null;
  };
  const found = scan(start);
  if (found) return found;
  try {
    return scan(start.top?.opener ?? start.opener);
  } catch {
    return null;
  }
}

export type ReportedStatus = 'incomplete' | 'completed' | 'passed';
export interface Report {
  /** Percentage of the quiz's points, 0–100 (cmi.core.score.raw; min 0, max 100). */
  raw: number;
  status: ReportedStatus;
}

/** The share of points that counts as passed, unless the LMS sets a mastery score: the
 * same 60% at which the quiz summary tells the pupil most answers were right. */
export const DEFAULT_MASTERY = 60;
const RANK: Record<string, number> = { incomplete: 0, completed: 1, passed: 2 };

/**
 * What to tell the LMS after the quiz changed. Rule: the quiz is complete when every question
 * (reflection included) has been checked; complete with at least the mastery score is
 * "passed", below it "completed", before that "incomplete". Never "failed": the quiz is
 * practice, and the site never gives a verdict. The LMS keeps the best of this attempt: the
 * score and status never go down, so Try again, a reload or "Wis mijn antwoorden" cannot undo
 * what was reached. Returns null before the first checked question.
 */
export function nextReport(progress: ProgressDetail, previous: { raw: number | null; status: string }, mastery = DEFAULT_MASTERY): Report | null {
  if (progress.answered === 0 && previous.raw === null) return null;
  const current = progress.points > 0 ? Math.round((progress.score / progress.points) * 100) : 0;
  const raw = Math.max(current, previous.raw ?? 0);
  const status: ReportedStatus = progress.answered >= progress.total ? (raw >= mastery ? 'passed' : 'completed') : 'incomplete';
  const kept = previous.status in RANK && RANK[previous.status]! > RANK[status]! ? (previous.status as ReportedStatus) : status;
  return { raw, status: kept };
}

/** The mastery score the LMS passes (cmi.student_data.mastery_score, 0–100), or the default. */
export function masteryFrom(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : DEFAULT_MASTERY;
}

/** A SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function cmiTimespan(ms: number): string {
  const cs = Math.floor(Math.max(0, ms) / 10); // whole hundredths, so 59.999 s never shows as 60.00
  const hours = Math.min(9999, Math.floor(cs / 360_000));
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = (cs % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
