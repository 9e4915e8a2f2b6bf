import { describe, expect, it } from 'vitest';
import { loadProgress, progressKey, saveProgress, wipeProgress, type SavedProgress, type StorageLike } from '../../src/quiz/progress.ts';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  get length() { return this.data.size; }
  key(i: number) { return [...this.data.keys()][i] ?? null; }
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}
const throwing: StorageLike = {
  get length(): number { throw new Error('SecurityError'); },
  key() { throw new Error('SecurityError'); },
  getItem() { throw new Error('SecurityError'); },
  setItem() { throw new DOMException('full', 'QuotaExceededError'); },
  removeItem() { throw new Error('SecurityError'); },
};
const progress: SavedProgress = { version: 1, seed: 3, answers: { a: { choice: 1 } }, checked: ['a'], revealed: [] };

describe('progress in localStorage', () => {
  it('round-trips under a key made of lesson id and quiz hash', () => {
    const storage = new MemoryStorage();
    expect(saveProgress(storage, 'sextortion/14-15', 'abc12345', progress)).toBe(true);
    expect([...storage.data.keys()]).toEqual(['digitaal-weerbaar:quiz:sextortion/14-15:abc12345']);
    expect(loadProgress(storage, 'sextortion/14-15', 'abc12345')).toEqual(progress);
  });

  it('does not restore answers saved for another version of the quiz', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, 'l/14-15', 'old00000', progress);
    expect(loadProgress(storage, 'l/14-15', 'new00000')).toBeNull();
  });

  it('treats garbage as no progress', () => {
    const storage = new MemoryStorage();
    for (const raw of ['{not json', '"text"', '{"version":2}', '{"version":1,"seed":1,"answers":[],"checked":[],"revealed":[]}', 'null']) {
      storage.setItem(progressKey('l/14-15', 'h'), raw);
      expect(loadProgress(storage, 'l/14-15', 'h')).toBeNull();
    }
  });

  it('never throws when storage is missing, blocked or full', () => {
    expect(loadProgress(null, 'l/14-15', 'h')).toBeNull();
    expect(saveProgress(null, 'l/14-15', 'h', progress)).toBe(false);
    expect(loadProgress(throwing, 'l/14-15', 'h')).toBeNull();
    expect(saveProgress(throwing, 'l/14-15', 'h', progress)).toBe(false);
    expect(wipeProgress(throwing, 'l/14-15')).toBe(false);
  });

  it('wipes every version of this lesson’s quiz and nothing else', () => {
    const storage = new MemoryStorage();
    saveProgress(storage, 'l/14-15', 'v1', progress);
    saveProgress(storage, 'l/14-15', 'v2', progress);
    saveProgress(storage, 'l/16-18', 'v1', progress);
    storage.setItem('other-app', 'keep');
    expect(wipeProgress(storage, 'l/14-15')).toBe(true);
    expect([...storage.data.keys()].sort()).toEqual(['digitaal-weerbaar:quiz:l/16-18:v1', 'other-app']);
  });
});
