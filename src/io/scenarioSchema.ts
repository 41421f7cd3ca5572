import './zodConfig';
import { z } from 'zod';
import { SOURCE_KINDS } from '../engine/model';
import type { IssueCode } from './issues';
import { LIMITS } from './limits';
import {
  id,
  intIn,
  name,
  percent,
  platformGroup,
  stringError,
  unknownKind,
  type Ctx,
} from './planFields';

/**
 * A scenario in the plan file (planSchema.ts): what goes wrong, when, to which credit; and the
 * rule that a shock names only sources the plan has.
 */

const targetSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('sources'),
      sourceIds: z
        .array(id)
        .min(1, { error: 'empty' })
        .max(LIMITS.targetEntries, { error: 'too_many' }),
    }),
    z.object({
      type: z.literal('kinds'),
      kinds: z
        .array(z.enum(SOURCE_KINDS, { error: unknownKind }))
        .min(1, { error: 'empty' })
        .max(LIMITS.targetEntries, { error: 'too_many' }),
    }),
    z.object({ type: z.literal('group'), group: platformGroup }),
  ],
  { error: unknownKind },
);

const startDay = intIn(0, LIMITS.horizonMax);
const durationDays = intIn(1, LIMITS.horizonMax).nullable();
const window = { startDay, durationDays };

const shockSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('outage'), target: targetSchema, ...window }),
    z.object({
      type: z.literal('limit_cut'),
      target: targetSchema,
      cutPercent: percent,
      ...window,
    }),
    z.object({ type: z.literal('freeze'), target: targetSchema, ...window }),
    z.object({ type: z.literal('repayment_blocked'), target: targetSchema, ...window }),
    z.object({
      type: z.literal('recall'),
      target: targetSchema,
      startDay,
      dueWithinDays: intIn(0, 365),
    }),
    z.object({ type: z.literal('revenue_drop'), dropPercent: percent, ...window }),
    z.object({ type: z.literal('payment_delay'), delayDays: intIn(1, 365), ...window }),
  ],
  { error: unknownKind },
);

export const scenarioSchema = z.object({
  id,
  name,
  description: z
    .string({ error: stringError })
    .max(LIMITS.descriptionLength, { error: 'too_long' })
    .optional(),
  shocks: z.array(shockSchema).max(LIMITS.shocks, { error: 'too_many' }),
});

/** Every source a shock targets by id is one of the plan's. */
export function checkShockTargets(
  scenarios: readonly z.output<typeof scenarioSchema>[],
  sourceIds: ReadonlySet<string>,
  ctx: Ctx,
): void {
  scenarios.forEach((scenario, i) => {
    scenario.shocks.forEach((shock, j) => {
      if (!('target' in shock) || shock.target.type !== 'sources') return;
      shock.target.sourceIds.forEach((sourceId, k) => {
        if (sourceIds.has(sourceId)) return;
        ctx.addIssue({
          code: 'custom',
          message: 'unknown_source' satisfies IssueCode,
          path: ['scenarios', i, 'shocks', j, 'target', 'sourceIds', k],
          params: { id: sourceId },
        });
      });
    });
  });
}
