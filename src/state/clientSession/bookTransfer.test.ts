// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { exampleValid } from '../../io/exampleFixtures';
import type { StoredCheckIn } from '../../io/checkInSchema';
import v3 from '../../io/fixtures/records/record-v3-check-ins.json';
import { memoryClientStore } from '../clientStore';
import { useStore } from '../store';
import { loadValidator } from '../validator';
import { bookClients, mergeBook } from './bookTransfer';
import { canonicalJson, findSamePlan } from './samePlan';
import { createSession, type Session } from './session';
import { initialSessionState } from './sessionState';

const shop = exampleValid('online-shop').file;
const noodles = exampleValid('restaurant').file;
const supplier = exampleValid('supplier').file;

async function emptyBook(): Promise<Session> {
  const parse = await loadValidator();
  return createSession(
    { db: memoryClientStore(), app: useStore, report: () => undefined, parse, tabId: 't' },
    createStore(() => ({ ...initialSessionState(), ready: true, activeId: 'open-one' })),
  );
}

describe('canonicalJson', () => {
  it('gives the same text for the same content in any key order, and differs otherwise', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });
});

describe('the book in and out of one file', () => {
  it('merges without duplicates: same plans are counted, new ones added once, names kept', async () => {
    const s = await emptyBook();
    expect(
      await mergeBook(
        [
          { name: 'A', file: shop },
          { name: 'B', file: noodles },
        ],
        s,
      ),
    ).toEqual({
      added: 2,
      alreadyThere: 0,
    });
    // Again, with one new client and one twice in the same book.
    const shuffled = JSON.parse(JSON.stringify({ ...noodles })) as typeof noodles;
    expect(
      await mergeBook(
        [
          { name: 'B again', file: shuffled },
          { name: 'C', file: supplier },
          { name: 'C twice', file: supplier },
        ],
        s,
      ),
    ).toEqual({ added: 1, alreadyThere: 2 });
    const out = await bookClients(s);
    expect(out.map((c) => c.name).sort()).toEqual(['A', 'B', 'C']);
    expect(s.state.getState().clients).toHaveLength(3);
    expect(await findSamePlan(noodles, s)).toMatchObject({ name: 'B' });
    expect(
      await findSamePlan({ ...noodles, business: { ...noodles.business, name: 'X' } }, s),
    ).toBe(null);
  });

  it('carries each client’s check-ins out of the book and back in', async () => {
    const checkIns = v3.state.checkIns as StoredCheckIn[];
    const s = await emptyBook();
    await mergeBook(
      [
        { name: 'With check-ins', file: shop, checkIns },
        { name: 'Without', file: noodles },
      ],
      s,
    );
    const out = await bookClients(s);
    expect(out.find((c) => c.name === 'With check-ins')?.checkIns).toEqual(checkIns);
    expect(out.find((c) => c.name === 'Without')).not.toHaveProperty('checkIns');
  });
});
