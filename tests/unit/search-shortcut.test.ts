import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from '../../src/lib/search-shortcut.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('search shortcut', () => {
  it('is "/" outside text fields', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/'), true)).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('s'), false)).toBe(false);
  });
});
