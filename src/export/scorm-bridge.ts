/**
 * The script of a SCORM package's lesson page, in place of the site script (see scorm-page.ts).
 * Built with esbuild by the export; never part of the site.
 *
 * 1. Quick exit, for a page in an LMS frame: it tries to take the whole window (the LMS page
 *    around the lesson) to the neutral page; where the browser does not allow that, it hides
 *    the lesson and loads the neutral page in the lesson's frame.
 * 2. Reports the quiz to the LMS through the SCORM 1.2 API, when there is one (opened outside
 *    an LMS the page simply works as on the site). Rules: scorm-runtime.ts.
 */
import { QUICK_EXIT_URL, bindQuickExit } from '../lib/quick-exit.ts';
import { PROGRESS_EVENT, type ProgressDetail } from '../quiz/progress-event.ts';
import { cmiTimespan, findApi, masteryFrom, nextReport, type WindowLike } from './scorm-runtime.ts';

function leave(): void {
  document.body.style.visibility = 'hidden';
  document.title = 'Weer';
  try {
    if (window.top && window.top !== window) {
      window.top.location.replace(QUICK_EXIT_URL);
      return;
    }
  } catch {
    // Another origin's page without a user gesture: leave at least the lesson frame.
  }
  window.location.replace(QUICK_EXIT_URL);
}
bindQuickExit(leave);

// Only the launch page reports; the help page of the package (opened in a new tab) must not
// start a second LMS session through window.opener.
const isSco = document.querySelector('meta[name="scorm"][content="sco"]') !== null;
const api = isSco ? findApi(window as unknown as WindowLike) : null;
// String(): the standard says "true", some LMSs return a boolean.
if (api && String(api.LMSInitialize('')) === 'true') {
  const started = Date.now();
  const initialRaw = Number.parseFloat(api.LMSGetValue('cmi.core.score.raw'));
  const previous = { raw: Number.isFinite(initialRaw) ? initialRaw : null, status: api.LMSGetValue('cmi.core.lesson_status') };
  const mastery = masteryFrom(api.LMSGetValue('cmi.student_data.mastery_score'));
  if (previous.status === 'not attempted' || previous.status === '') {
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
    previous.status = 'incomplete';
    api.LMSCommit('');
  }

  let finished = false;
  document.addEventListener(PROGRESS_EVENT, (event) => {
    if (finished) return;
    const report = nextReport((event as CustomEvent<ProgressDetail>).detail, previous, mastery);
    if (!report || (report.raw === previous.raw && report.status === previous.status)) return;
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(report.raw));
    api.LMSSetValue('cmi.core.lesson_status', report.status);
    api.LMSCommit('');
    previous.raw = report.raw;
    previous.status = report.status;
  });

  // pagehide also fires where unload no longer does (bfcache, mobile); finish only once.
  const finish = () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', cmiTimespan(Date.now() - started));
    // "suspend" asks the LMS to resume this attempt next time, while the quiz is not done.
    api.LMSSetValue('cmi.core.exit', previous.status === 'incomplete' ? 'suspend' : '');
    api.LMSCommit('');
    api.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}
