import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_EXAMPLE_FILE } from '../io/examples';
import { parsePlanValue } from '../io/planFile';
import { restorePlan, savedState } from './persistence';
import { firstExample } from './planSlice';
import { readerToday } from './readerToday';
import { readerSample } from './sampleForReader';
import { useStore } from './store';

// test/setup.ts pins the reader's today to the examples' start day; these tests move it.
const today = vi.mocked(readerToday);
afterEach(() => today.mockReturnValue('2026-12-01'));

describe('the sample a reader opens', () => {
  it('is dated from their today, with names in their language', () => {
    const file = readerSample(FIRST_EXAMPLE_FILE, 'en', '2027-09-15');
    expect(file.business.startDate).toBe('2027-10-01');
    expect(file.cashAccounts[0]!.name).toBe('Alipay balance');
    expect(readerSample(FIRST_EXAMPLE_FILE, 'en', '2026-12-01').business.startDate).toBe(
      '2026-12-01',
    );
  });

  it('on a first visit and when picked later, from the clock', async () => {
    today.mockReturnValue('2027-09-15');
    expect(firstExample('zh-CN').file.business.startDate).toBe('2027-10-01');
    await useStore.getState().loadExample('restaurant');
    expect(useStore.getState().valid.file.business.startDate).toBe('2027-10-01');
    expect(useStore.getState().exampleId).toBe('restaurant');
  });

  it('saved as a client file, keeps the dates it was saved with', () => {
    today.mockReturnValue('2027-09-15');
    const valid = firstExample('en');
    const saved = savedState({ ...useStore.getState(), draft: valid.file, valid });
    // A year later the file opens as it was saved: only a freshly opened sample moves.
    today.mockReturnValue('2028-09-15');
    const restored = restorePlan(saved, parsePlanValue, { scenarioId: 'x' });
    expect(restored?.patch.valid.file.business.startDate).toBe('2027-10-01');
    expect(restored?.patch.draft.business.startDate).toBe('2027-10-01');
  });
});
