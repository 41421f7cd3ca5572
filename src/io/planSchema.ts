import './zodConfig';
import { z } from 'zod';
import { businessSchema, cashAccountSchema, leverAssumptionsSchema } from './businessSchema';
import { checkCashFlows, cashFlowSchema } from './cashFlowSchema';
import { checkCreditTerms } from './creditRules';
import { fundingSourceSchema } from './fundingSourceSchema';
import type { IssueCode } from './issues';
import { LIMITS } from './limits';
import { CURRENT_FORMAT_VERSION } from './migrations';
import { heaviestBeyondRange } from './planMagnitude';
import { required, type Ctx } from './planFields';
import { checkShockTargets, scenarioSchema } from './scenarioSchema';

/**
 * The plan file on disk, format version 2 (docs/plan-format.md; `migrations.ts` reads format 1):
 * one schema for the whole file, put together from its parts (businessSchema.ts,
 * cashFlowSchema.ts, fundingSourceSchema.ts, scenarioSchema.ts, built from the field types in
 * planFields.ts), with the rules that span parts checked here.
 *
 * Units differ from the engine on purpose, so a person can read and edit the file:
 * money is **yuan** (≤ 2 decimals), rates and shares are **percent** (4.5 = 4.5 %), dates are
 * ISO `YYYY-MM-DD`. `planConvert.ts` turns a parsed file into the engine's fen and fractions.
 *
 * Unknown keys are accepted and dropped, so a file from a slightly newer FundGap that only
 * adds fields still opens. Every check reports a stable code (see `issues.ts`) as its message.
 */

export { LIMITS };

function checkUniqueIds(list: readonly { id: string }[], key: string, ctx: Ctx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        message: 'duplicate_id' satisfies IssueCode,
        path: [key, i, 'id'],
        params: { id: item.id },
      });
    }
    seen.add(item.id);
  });
}

export const planFileSchema = z
  .object({
    formatVersion: z.literal(CURRENT_FORMAT_VERSION, { error: required }),
    business: businessSchema,
    cashAccounts: z.array(cashAccountSchema).max(LIMITS.cashAccounts, { error: 'too_many' }),
    cashFlows: z.array(cashFlowSchema).max(LIMITS.cashFlows, { error: 'too_many' }),
    fundingSources: z.array(fundingSourceSchema).max(LIMITS.fundingSources, { error: 'too_many' }),
    scenarios: z.array(scenarioSchema).max(LIMITS.scenarios, { error: 'too_many' }).default([]),
    leverAssumptions: leverAssumptionsSchema.optional(),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.cashAccounts, 'cashAccounts', ctx);
    checkUniqueIds(file.cashFlows, 'cashFlows', ctx);
    checkUniqueIds(file.fundingSources, 'fundingSources', ctx);
    checkUniqueIds(file.scenarios, 'scenarios', ctx);

    checkCashFlows(file.cashFlows, ctx);

    checkCreditTerms(file.fundingSources, ctx);

    const sourceIds = new Set(file.fundingSources.map((s) => s.id));
    checkShockTargets(file.scenarios, sourceIds, ctx);

    // Last, and only when every field is valid: the bound multiplies them all together.
    const heaviest = ctx.issues.length === 0 ? heaviestBeyondRange(file) : null;
    if (heaviest) {
      ctx.addIssue({
        code: 'custom',
        message: 'beyond_exact_range' satisfies IssueCode,
        path: heaviest,
      });
    }
  });

/** A parsed plan file: yuan, percent and ISO dates, with defaults filled in. */
export type PlanFile = z.output<typeof planFileSchema>;
/** A plan file before defaults (currency, minCashBuffer, outstanding, scenarios) are filled. */
export type PlanFileInput = z.input<typeof planFileSchema>;
export type PlanFileScenario = PlanFile['scenarios'][number];
export type PlanFileSource = PlanFile['fundingSources'][number];
export type PlanFileCashFlow = PlanFile['cashFlows'][number];
