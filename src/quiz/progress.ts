import type { Answer } from './answers.ts';

/**
 * Quiz progress in the pupil's own browser (localStorage), nowhere else. The key holds the
 * lesson id and a hash of the quiz, so an edited quiz never restores stale answers. Every
 * access is guarded: storage that is missing, full, blocked or holding garbage only means
 * that progress is not kept; the quiz itself keeps working.
 */
export const STORAGE_PREFIX = 'digitaal-weerbaar:quiz:';

export interface SavedProgress {
  version: 1;
  seed: number;
  answers: Record<string, Answer>;
  /** Question ids that were checked. */
  checked: string[];
  /** Question ids whose answer was revealed. */
  revealed: string[];
}

/** Only the part of Storage that progress needs, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const progressKey = (lessonId: string, quizHash: string) => `${STORAGE_PREFIX}${lessonId}:${quizHash}`;

/** The browser's localStorage, or null where even touching it throws (blocked cookies, sandbox). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The shape of saved progress; ids that do not belong to the quiz are dropped later (initialState). */
function isProgress(value: unknown): value is SavedProgress {
  const v = value as Partial<SavedProgress> | null;
  return !!v && v.version === 1 && typeof v.seed === 'number' && typeof v.answers === 'object' && !!v.answers && !Array.isArray(v.answers) && Array.isArray(v.checked) && Array.isArray(v.revealed);
}

export function loadProgress(storage: StorageLike | null, lessonId: string, quizHash: string): SavedProgress | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(progressKey(lessonId, quizHash));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isProgress(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Returns false when the progress could not be kept (storage full or blocked). */
export function saveProgress(storage: StorageLike | null, lessonId: string, quizHash: string, progress: SavedProgress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(progressKey(lessonId, quizHash), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Removes every saved version of this lesson's quiz, current and stale. */
export function wipeProgress(storage: StorageLike | null, lessonId: string): boolean {
  if (!storage) return false;
  try {
    const prefix = `${STORAGE_PREFIX}${lessonId}:`;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
