import type { Plan } from '../model';
import type { Prerequisite } from './types';

/**
 * Whether a plan meets what a lender asks before lending. The answer comes from the business
 * profile and the cash flows; a profile field left empty gives `unknown`, which the advisor
 * shows as a point to confirm, never as a reason to drop a channel.
 */

export type PrerequisiteState = 'met' | 'unmet' | 'unknown';

/** Years of tax filing tax-data loans (税贷, 银税互动) ask for: about two (M, docs/domain.md). */
export const TAX_RECORD_YEARS = 2;

const yesNo = (x: boolean | undefined): PrerequisiteState =>
  x === undefined ? 'unknown' : x ? 'met' : 'unmet';

export function prerequisiteState(plan: Plan, p: Prerequisite): PrerequisiteState {
  const profile = plan.business.profile ?? {};
  switch (p) {
    case 'registered_business':
      return profile.legalForm === undefined
        ? 'unknown'
        : profile.legalForm === 'unregistered'
          ? 'unmet'
          : 'met';
    case 'company':
      return profile.legalForm === undefined
        ? 'unknown'
        : profile.legalForm === 'company'
          ? 'met'
          : 'unmet';
    case 'business_account':
      return yesNo(profile.businessAccount);
    case 'clean_credit':
      return profile.creditRecord === undefined
        ? 'unknown'
        : profile.creditRecord === 'clean'
          ? 'met'
          : 'unmet';
    case 'collateral_or_guarantor':
      if (profile.collateral === true || profile.guarantor === true) return 'met';
      return profile.collateral === false && profile.guarantor === false ? 'unmet' : 'unknown';
    case 'business_receivables':
      // A flag on the inflow, not a profile answer: unmarked inflows are not receivables.
      return plan.cashFlows.some((f) => f.direction === 'inflow' && f.fromBusinessCustomers)
        ? 'met'
        : 'unmet';
    case 'tax_record':
      return profile.taxRecordYears === undefined
        ? 'unknown'
        : profile.taxRecordYears >= TAX_RECORD_YEARS
          ? 'met'
          : 'unmet';
    case 'startup_eligible':
      return yesNo(profile.startupLoanEligible);
    default: {
      const never: never = p;
      return never;
    }
  }
}

/**
 * Prerequisites so narrow that "not known" cannot be assumed met: the start-up guarantee loan
 * serves named groups only (graduates, returning migrant workers, veterans and others).
 */
const NEVER_ASSUMED: ReadonlySet<Prerequisite> = new Set(['startup_eligible']);

/** What blocks an action for this plan, and what the user should confirm before relying on it. */
export function checkPrerequisites(
  plan: Plan,
  prerequisites: readonly Prerequisite[],
): { blocked: Prerequisite[]; toConfirm: Prerequisite[] } {
  const blocked: Prerequisite[] = [];
  const toConfirm: Prerequisite[] = [];
  for (const p of prerequisites) {
    const state = prerequisiteState(plan, p);
    if (state === 'unmet' || (state === 'unknown' && NEVER_ASSUMED.has(p))) blocked.push(p);
    else if (state === 'unknown') toConfirm.push(p);
  }
  return { blocked, toConfirm };
}
