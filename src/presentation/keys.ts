/**
 * Keys in presentation mode. Presenter clickers send PageDown and PageUp (some also send the
 * arrow keys); a keyboard adds Space, Home and End. Enter is left alone, so it keeps pressing
 * the focused button or link.
 */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'toggle-fullscreen' | 'exit-fullscreen';

/**
 * Where keyboard focus is, as far as keys go: in a field that needs every key ('text'), on a
 * control that Space presses ('control'), or anywhere else ('other').
 */
export type FocusKind = 'text' | 'control' | 'other';

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'toggle-fullscreen',
  F: 'toggle-fullscreen',
  Escape: 'exit-fullscreen',
};

/** The deck action for a key press, or null when the key should do what it normally does. */
export function deckAction(press: KeyPress, focus: FocusKind): DeckAction | null {
  // Browser and system shortcuts (Alt+← is Back, Ctrl+End, Cmd+F) stay theirs.
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  // A text field, select or radio group needs its arrows, Home, End, Space and letters.
  if (focus === 'text') return null;
  if (press.key === ' ' || press.key === 'Spacebar') {
    // On a button, link or summary, Space presses it.
    if (focus === 'control') return null;
    return press.shiftKey ? 'previous' : 'next';
  }
  if (press.shiftKey && press.key !== 'F') return null;
  return KEYS[press.key] ?? null;
}

/** The parts of an element that decide its FocusKind (a DOM Element fits). */
export interface FocusedElement {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
}

const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const CONTROL_TAGS = new Set(['BUTTON', 'A', 'SUMMARY', 'AUDIO', 'VIDEO']);
const TEXT_ROLES = new Set(['textbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'radiogroup', 'radio', 'menu', 'menuitem', 'grid', 'tree']);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox', 'switch', 'tab', 'option']);

export function focusKind(element: FocusedElement | null): FocusKind {
  if (!element) return 'other';
  const tag = element.tagName.toUpperCase();
  const role = element.getAttribute('role') ?? '';
  if (TEXT_TAGS.has(tag) || element.isContentEditable || TEXT_ROLES.has(role)) return 'text';
  if (CONTROL_TAGS.has(tag) || CONTROL_ROLES.has(role)) return 'control';
  return 'other';
}

/** What a move action leads to: another slide, the quiz (after its cover slide), or nothing. */
export type DeckStep = { kind: 'show'; index: number } | { kind: 'start-quiz' } | { kind: 'none' };

export function deckStep(index: number, action: 'next' | 'previous' | 'first' | 'last', total: number, lastIsQuiz: boolean): DeckStep {
  const last = total - 1;
  if (action === 'next' && index === last && lastIsQuiz) return { kind: 'start-quiz' };
  const target = { next: index + 1, previous: index - 1, first: 0, last }[action];
  const clamped = Math.min(Math.max(target, 0), last);
  return clamped === index ? { kind: 'none' } : { kind: 'show', index: clamped };
}
