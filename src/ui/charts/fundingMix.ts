import type { IsoDate, Plan, PlatformGroup } from '../../engine/model';
import { PLATFORM_GROUPS } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import type { Projection } from '../../engine/simulate';
import { dateOfDay, timelineOf } from '../../engine/timeline';

/** Credit limits usable on day 0 in one platform group, yuan; `share` in % of all groups. */
export type GroupLimit = { group: PlatformGroup; limit: number; share: number };

/** A source with a limit that is not usable on day 0 (still being arranged). */
export type PendingSource = { name: string; limit: number; usableFrom: IsoDate | null };

export type FundingMix = {
  /** Groups holding any usable limit, largest first. */
  groups: GroupLimit[];
  total: number;
  ant: number;
  pending: PendingSource[];
};

/**
 * Day-0 credit limits of a run, summed by the plan's platform groups, plus the lines not usable
 * yet. Shares are for bar labels; the Ant-group share shown as a metric comes from the engine.
 */
export function fundingMix(plan: Plan, run: Projection): FundingMix {
  const t = timelineOf(plan.business.startDate, run.days);
  const byGroup = new Map<PlatformGroup, number>();
  const pending: PendingSource[] = [];
  plan.fundingSources.forEach((source, i) => {
    const limitToday = run.days > 0 ? (run.sources[i]?.limit[0] ?? 0) : 0;
    if (limitToday > 0) {
      byGroup.set(source.platformGroup, (byGroup.get(source.platformGroup) ?? 0) + limitToday);
    } else if (source.limit > 0) {
      const from = source.leadTimeDays;
      pending.push({
        name: source.name,
        limit: yuanFromFen(source.limit),
        usableFrom: from > 0 && from < run.days ? dateOfDay(t, from) : null,
      });
    }
  });
  let totalFen = 0;
  for (const v of byGroup.values()) totalFen += v;
  const groups = PLATFORM_GROUPS.filter((g) => (byGroup.get(g) ?? 0) > 0)
    .map((group) => {
      const fen = byGroup.get(group)!;
      return { group, limit: yuanFromFen(fen), share: (fen / totalFen) * 100 };
    })
    .sort((a, b) => b.limit - a.limit);
  return {
    groups,
    total: yuanFromFen(totalFen),
    ant: yuanFromFen(byGroup.get('ant') ?? 0),
    pending,
  };
}
