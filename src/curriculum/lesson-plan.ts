import type { TeacherGuideMeta } from './schemas/teacher-guide.ts';

/** The phases of a lesson plan with their start and end minute, for the "Lesverloop" table. */
export function timedPhases(phases: TeacherGuideMeta['phases']) {
  let start = 0;
  return phases.map((phase) => {
    const from = start;
    start += phase.minutes;
    return { ...phase, from, to: start };
  });
}
