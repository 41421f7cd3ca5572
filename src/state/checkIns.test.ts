// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { checkInFromPlan } from '../io/checkInPlan';
import { memoryClientStore } from './clientStore';
import { pageLoad as load } from './testing/pageLoad';

/** Check-ins live in the client file: saved with it, kept apart per client, not in the plan's undo. */
let db = memoryClientStore();
const pageLoad = () => load(db);

describe('check-ins in the client file', () => {
  beforeEach(() => {
    localStorage.clear();
    db = memoryClientStore();
  });

  it('are saved with the file and come back after a reload; another client has its own', async () => {
    const page = await pageLoad();
    const s = page.useStore.getState();
    const c = checkInFromPlan(s.valid.file, 'ci-1', '2026-12-01');
    s.saveCheckIn(c);
    await page.session.flush();
    const first = page.clients().activeId;
    await page.session.createClient(page.sample(), { name: 'Other' });
    expect(page.useStore.getState().checkIns).toEqual([]);

    const again = await pageLoad();
    await again.session.openClient(first);
    expect(again.useStore.getState().checkIns).toEqual([c]);
  });

  it('edit replaces by id; delete has its own undo', async () => {
    const page = await pageLoad();
    const s = page.useStore.getState();
    const a = checkInFromPlan(s.valid.file, 'a', '2026-12-01');
    const b = checkInFromPlan(s.valid.file, 'b', '2027-01-01');
    s.saveCheckIn(a);
    s.saveCheckIn(b);
    s.saveCheckIn({ ...a, note: 'edited' });
    expect(page.useStore.getState().checkIns.map((c) => c.note)).toEqual(['edited', '']);
    s.deleteCheckIn('a');
    expect(page.useStore.getState().checkIns.map((c) => c.id)).toEqual(['b']);
    s.restoreCheckIn();
    expect(page.useStore.getState().checkIns.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('update the plan from a check-in as one undo step', async () => {
    const page = await pageLoad();
    const s = page.useStore.getState();
    const before = s.valid.file;
    const c = checkInFromPlan(before, 'ci-1', '2026-12-01');
    const cut = {
      ...c,
      lines: c.lines.map((l, i) => (i === 0 ? { ...l, limit: l.limit * 0.7 } : l)),
    };
    s.saveCheckIn(cut);
    const result = await page.useStore.getState().updatePlanFromCheckIn('ci-1');
    expect(result?.changed).toEqual([
      expect.objectContaining({
        kind: 'limit',
        from: c.lines[0]!.limit,
        to: c.lines[0]!.limit * 0.7,
      }),
    ]);
    expect(page.useStore.getState().valid.file.fundingSources[0]!.limit).toBe(
      c.lines[0]!.limit * 0.7,
    );
    page.useStore.temporal.getState().undo();
    expect(page.useStore.getState().valid.file).toEqual(before);
    // The check-in itself is not undone with the plan.
    expect(page.useStore.getState().checkIns).toEqual([cut]);
  });
});
