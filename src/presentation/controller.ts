/**
 * Wires a server-rendered lesson presentation (see LessonPresentation.astro): shows one slide
 * at a time, follows keys, clicker and buttons, keeps the slide in the URL hash and goes full
 * screen on request. The decisions live in slides.ts and keys.ts; this file only touches the DOM.
 */
import { announcement, counterText, slideId, slideIndexFromHash } from './slides.ts';
import { deckAction, deckStep, focusKind, type DeckAction } from './keys.ts';

export function startPresentation(root: HTMLElement): void {
  const slides = [...root.querySelectorAll<HTMLElement>('[data-slide]')];
  const stage = root.querySelector<HTMLElement>('[data-stage]');
  const toolbar = root.querySelector<HTMLElement>('[data-toolbar]');
  const counter = root.querySelector<HTMLElement>('[data-counter]');
  const counterForReaders = root.querySelector<HTMLElement>('[data-counter-text]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const previousButton = root.querySelector<HTMLButtonElement>('[data-deck="previous"]');
  const nextButton = root.querySelector<HTMLButtonElement>('[data-deck="next"]');
  const fullscreenButton = root.querySelector<HTMLButtonElement>('[data-deck="fullscreen"]');
  if (!slides.length || !stage || !toolbar || !counter || !counterForReaders || !status || !previousButton || !nextButton || !fullscreenButton) return;

  const total = slides.length;
  const lastIsQuiz = slides[total - 1]!.hasAttribute('data-quiz');
  const nextLabel = nextButton.querySelector<HTMLElement>('[data-label]') ?? nextButton;
  let current = -1;

  root.classList.add('presentation--active');
  toolbar.hidden = false;
  // The stage scrolls a long slide in full screen; focusable, so the arrow keys scroll it too.
  stage.tabIndex = 0;

  function show(index: number, announce: boolean): void {
    if (index === current) return;
    const focused = document.activeElement;
    current = index;
    slides.forEach((slide, i) => (slide.hidden = i !== index));
    stage!.scrollTop = 0;
    if (root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: 'start' });
    counter!.textContent = counterText(index, total);
    counterForReaders!.textContent = announcement(index, total, '');
    const onLast = index === total - 1;
    previousButton!.disabled = index === 0;
    nextButton!.disabled = onLast && !lastIsQuiz;
    nextLabel.textContent = onLast && lastIsQuiz ? 'Start de quiz' : 'Volgende';
    // Not on opening without a hash: the browser would scroll to it once the page has loaded.
    if (announce || location.hash) history.replaceState(history.state, '', `#${slideId(index + 1)}`);
    if (announce) status!.textContent = announcement(index, total, slides[index]!.dataset.title ?? '');
    // Focus never stays behind on something hidden or disabled.
    if (focused instanceof HTMLButtonElement && focused.disabled) (focused === previousButton ? nextButton : previousButton)!.focus();
    else if (focused && slides.some((slide) => slide.hidden && slide.contains(focused))) stage!.focus({ preventScroll: true });
  }

  /** The slide a hash points at: "#dia-3", or the id of something inside a slide. */
  function slideForHash(hash: string): number | null {
    const byNumber = slideIndexFromHash(hash, total);
    if (byNumber !== null) return byNumber;
    let id = '';
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return null;
    }
    const target = id ? document.getElementById(id) : null;
    const index = target ? slides.findIndex((slide) => slide.contains(target)) : -1;
    return index === -1 ? null : index;
  }

  function goToHash(announce: boolean): void {
    const hash = location.hash;
    const index = slideForHash(hash);
    const first = current === -1;
    show(index ?? Math.max(current, 0), announce);
    // Opening with a hash, the browser scrolls to its slide (again once the page has loaded):
    // scroll up to the controls instead.
    if (first && index !== null) {
      const toControls = () => root.scrollIntoView({ block: 'start' });
      toControls();
      if (document.readyState !== 'complete') window.addEventListener('load', () => requestAnimationFrame(toControls), { once: true });
    }
    // A link to a heading inside a slide: bring that heading into view.
    if (index !== null && slideIndexFromHash(hash, total) === null) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }

  function toggleFullscreen(): void {
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else root.requestFullscreen().catch(() => {});
  }

  function perform(action: DeckAction): void {
    if (action === 'toggle-fullscreen') return toggleFullscreen();
    if (action === 'exit-fullscreen') {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      return;
    }
    const step = deckStep(current, action, total, lastIsQuiz);
    if (step.kind === 'show') show(step.index, true);
    // The quiz's own island opens classroom mode; its keys take over until it closes.
    else if (step.kind === 'start-quiz') startQuiz();
  }

  /** Presses the quiz's start button, once its island has started (Astro removes `ssr` then). */
  function startQuiz(): void {
    const start = root.querySelector<HTMLButtonElement>('#klassikaal-start');
    const island = start?.closest('astro-island');
    if (!start || !island) return;
    if (!island.hasAttribute('ssr')) return start.click();
    const observer = new MutationObserver(() => {
      if (island.hasAttribute('ssr')) return;
      observer.disconnect();
      root.querySelector<HTMLButtonElement>('#klassikaal-start')?.click();
    });
    observer.observe(island, { attributes: true, attributeFilter: ['ssr'] });
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    // Classroom mode (a modal dialog) handles its own keys.
    if (document.querySelector('dialog[open]')) return;
    const focused = document.activeElement === document.body ? null : document.activeElement;
    const action = deckAction(event, focusKind(focused));
    if (!action || (action === 'toggle-fullscreen' && fullscreenButton.hidden)) return;
    // Escape outside full screen keeps its normal meaning.
    if (action === 'exit-fullscreen' && !document.fullscreenElement) return;
    event.preventDefault();
    perform(action);
  });
  previousButton.addEventListener('click', () => perform('previous'));
  nextButton.addEventListener('click', () => perform('next'));

  // Full screen where the browser offers it (not on an iPhone, for one); the button hides otherwise.
  if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
    fullscreenButton.addEventListener('click', toggleFullscreen);
    document.addEventListener('fullscreenchange', () => {
      fullscreenButton.setAttribute('aria-pressed', String(document.fullscreenElement === root));
    });
  } else {
    fullscreenButton.hidden = true;
  }

  window.addEventListener('hashchange', () => {
    goToHash(true);
    // Following a link inside a slide, the browser drops focus from the link: keep it in the slides.
    if (document.activeElement === document.body) stage.focus({ preventScroll: true });
  });
  goToHash(false);
}
