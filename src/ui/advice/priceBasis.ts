import type { ActionKind } from '../../engine/adviceActions';
import { REFERENCE_RATES, SOURCE_DEFAULTS, type Sourced } from '../../engine/defaults';
import type { SourceKind } from '../../engine/model';

/** Which note explains a suggestion's price. */
export type PriceNote = 'reserve' | 'loan' | 'yuebao' | 'float' | 'none';

/** The funding kind each credit action adds (its default price is that kind's). */
const LINE_KIND: Partial<Record<ActionKind, SourceKind>> = {
  bank_loan: 'bank_loan',
  bank_credit_line: 'bank_credit_line',
  guaranteed_loan: 'guaranteed_loan',
  factoring: 'factoring',
  credit_card: 'credit_card',
  non_ant_online_lender: 'webank',
};

/**
 * Where the advisor's price for an action comes from: the 1-year LPR for cash set aside, the
 * kind's default basis for credit, a stated assumption for the Yu'ebao yield given up.
 */
export function priceBasis(action: ActionKind): { note: PriceNote; basis: Sourced | null } {
  const lpr: Sourced = {
    grade: REFERENCE_RATES.lpr1y.grade,
    citation: REFERENCE_RATES.lpr1y.citation,
  };
  switch (action) {
    case 'raise_reserve':
      return { note: 'reserve', basis: lpr };
    case 'move_off_huabei':
      return { note: 'float', basis: lpr };
    case 'reduce_alipay_cash':
      return { note: 'yuebao', basis: { grade: 'U', citation: 'domain_assumption' } };
    case 'stagger_jiebei':
      return { note: 'none', basis: null };
    case 'bank_loan':
    case 'bank_credit_line':
    case 'guaranteed_loan':
    case 'factoring':
    case 'credit_card':
    case 'non_ant_online_lender': {
      const kind = LINE_KIND[action];
      return { note: 'loan', basis: kind ? (SOURCE_DEFAULTS[kind].basis.price ?? null) : null };
    }
    default: {
      const never: never = action;
      return never;
    }
  }
}
