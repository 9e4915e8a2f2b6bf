/**
 * The quiz island announces its progress as a DOM event on `document`. On the site nobody
 * listens; the SCORM package adds a small script that reports it to the LMS
 * (src/export/scorm-bridge.ts). An event keeps the LMS code out of the site's quiz script.
 */
export const PROGRESS_EVENT = 'quiz:progress';

export interface ProgressDetail {
  /** Points earned over the checked questions. */
  score: number;
  /** Points possible over the checked questions. */
  max: number;
  /** Questions checked so far, reflection included. */
  answered: number;
  /** All questions, reflection included. */
  total: number;
  /** Points possible over the whole quiz (every question but reflection counts 1). */
  points: number;
}
