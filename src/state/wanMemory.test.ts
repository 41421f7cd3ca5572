// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from './storageKeys';
import { rememberedWan, rememberWan } from './wanMemory';

beforeEach(() => localStorage.clear());

describe('万 display memory', () => {
  it('is on by default and remembers the reader’s choice', () => {
    expect(rememberedWan()).toBe(true);
    rememberWan(false);
    expect(localStorage.getItem(STORAGE_KEYS.wan)).toBe('0');
    expect(rememberedWan()).toBe(false);
    rememberWan(true);
    expect(rememberedWan()).toBe(true);
  });
});
