import { describe, expect, it } from 'vitest';
import { advise, applySuggestion } from '../../engine/advice';
import { analyze } from '../../engine/analyze';
import { findPreset } from '../../engine/presets';
import { WHAT_IF } from '../../i18n/messages/adviceWhatIf';
import { exampleValid } from '../../io/exampleFixtures';
import { cashRows } from '../charts/cashRows';
import { noGapText } from '../../i18n/adviceText';
import { cardModel, compareRows } from './cardModel';
import { UNITS } from '../../i18n/messages/units';
import { leverInputValue, leverUnit } from './leverFields';
import { adviceItemName } from './sourceName';

const { plan } = exampleValid('online-shop');
const freeze = findPreset('risk_control_freeze_30d')!;
const advice = advise(plan, freeze);
const find = (action: string) => advice.suggestions.find((s) => s.action === action)!;

describe('cardModel', () => {
  it('says a lever frees cash at no financing cost, with what it asks of others', () => {
    const card = cardModel(find('supplier_terms'), advice, 'zh-CN');
    expect(card.title).toBe('与供应商协商延长账期，货款推迟30天支付');
    expect(card.badges).toEqual(['closes', 'free']);
    const fact = (id: string) => card.facts.find((f) => f.id === id)?.value;
    expect(card.facts.map((f) => f.id)).toEqual(['amount', 'timing', 'cost', 'effect', 'proviso']);
    expect(fact('cost')).toBe('无融资成本。');
    expect(fact('effect')).toBe('补足全部缺口（约¥19,900），测算期内不再出现缺口');
    expect(fact('proviso')).toBe('须先与供应商谈妥。');
  });

  it('gives a standby line its drawn-interest cost, the mix after and where the figures come from', () => {
    const card = cardModel(find('tax_loan'), advice, 'en');
    const cost = card.facts.find((f) => f.id === 'cost')!;
    expect(cost.value).toMatch(
      /^Interest only on what you draw, 4% a year: about ¥12 a year in this scenario; ¥0 a year if never used\.$/,
    );
    expect(cost.basis?.sourced).toEqual({ grade: 'M', citation: 'tax_loans_2021' });
    expect(card.facts.find((f) => f.id === 'mix')!.value).toMatch(/^Ant Group share \d+% → \d+%/);
  });

  it('states a reserve’s source of cash', () => {
    const card = cardModel(find('raise_reserve'), advice, 'en');
    expect(card.facts.find((f) => f.id === 'source')!.value).toBe(
      "The owner's own savings, put into the business (an owner's injection)",
    );
  });

  it('compares before and after in three figures, "the whole horizon" when no gap is left', () => {
    const rows = compareRows(advice.before, find('tax_loan').metricsAfter, 'en');
    expect(rows.map((r) => [r.id, r.before, r.after])).toEqual([
      ['gap', '¥19,900', 'none'],
      ['survival', '14 days', 'the whole horizon'],
      ['lowest', expect.stringMatching(/^-¥/), expect.stringMatching(/^¥/)],
    ]);
  });
});

describe('lever fields', () => {
  it('shows shares as whole percent and refuses what the file would refuse', () => {
    expect(leverInputValue('ownerDrawCut', 0.5)).toBe(50);
    expect(leverInputValue('supplierTermsDays', 30)).toBe(30);
    expect(leverUnit('ownerDrawCut', UNITS['zh-CN'])).toBe('%');
    expect(leverUnit('ownerDrawMonths', UNITS['zh-CN'])).toBe('个月');
    expect(leverUnit('supplierTermsDays', UNITS['zh-CN'])).toBe('天');
  });
});

describe('adviceItemName', () => {
  it('names what the advisor adds by its action, translated', () => {
    const names = WHAT_IF['zh-CN'].actionName;
    expect(adviceItemName('advice-tax_loan', names)).toBe('税贷（银税互动）');
    expect(adviceItemName('advice-guaranteed_loan-fee-31', names)).toBe('政府性融资担保贷款');
    expect(adviceItemName('advice-mystery', names)).toBe('mystery');
  });
});

describe('cashRows with a what-if', () => {
  it('adds the changed plan’s stressed cash as a third series, and nothing without one', () => {
    const analysis = analyze(plan, freeze, { reverseStress: false });
    const reserve = find('raise_reserve');
    const whatIf = analyze(applySuggestion(plan, reserve), freeze, { reverseStress: false });
    const rows = cashRows(plan, analysis, whatIf);
    // The what-if line is the same quantity as the stressed line: what can still be spent.
    expect(rows[14]!.whatIf).toBe(cashRows(plan, whatIf)[14]!.stressed);
    expect(rows[0]!.whatIf! - rows[0]!.stressed).toBeCloseTo(reserve.amount, 0);
    expect(cashRows(plan, analysis).every((r) => r.whatIf === undefined)).toBe(true);
  });
});

describe('the start-up guarantee loan (创业担保贷款)', () => {
  const { plan: restaurant } = exampleValid('restaurant');
  const closure = findPreset('regulatory_closure')!;
  const eligible = {
    ...restaurant,
    business: {
      ...restaurant.business,
      profile: { ...restaurant.business.profile, startupLoanEligible: true },
    },
  };

  it('is suggested only when the profile says the business is in a group the scheme serves', () => {
    const unsaid = advise(restaurant, closure);
    expect(unsaid.suggestions.map((s) => s.action)).not.toContain('startup_guarantee_loan');
    expect(unsaid.unavailable).toContainEqual({
      action: 'startup_guarantee_loan',
      reasons: ['startup_eligible'],
    });
    const said = advise(eligible, closure);
    expect(said.suggestions.map((s) => s.action)).toContain('startup_guarantee_loan');
  });

  it('says who can get it, the subsidy and the local caps, in words an advisor uses', () => {
    const advice = advise(eligible, closure);
    const loan = advice.suggestions.find((s) => s.action === 'startup_guarantee_loan')!;
    const zh = cardModel(loan, advice, 'zh-CN');
    expect(zh.title).toMatch(/^申请创业担保贷款¥[\d,]+（财政贴息）$/);
    const proviso = zh.facts.find((f) => f.id === 'proviso')!.value;
    for (const words of [
      '人社部门',
      '高校毕业生',
      '个体工商户',
      '小微企业',
      'LPR减1.5个百分点',
      '30万元',
    ])
      expect(proviso).toContain(words);
    const en = cardModel(loan, advice, 'en');
    expect(en.facts.find((f) => f.id === 'proviso')!.value).toMatch(
      /human-resources and social-security bureau.*recent graduates.*sole trader or small firm.*LPR − 1\.5 points.*¥300,000/,
    );
    // Its real lead time, stated: the eligibility check and the guarantee take weeks.
    expect(en.facts.find((f) => f.id === 'timing')!.value).toMatch(/^Takes about 45 days/);
  });
});

describe('no gap, said plainly', () => {
  it('says "no change needed" when the cash holds on its own, with the lowest cash', () => {
    const { plan: restaurant } = exampleValid('restaurant');
    const said = noGapText(advise(restaurant, findPreset('maintenance')!), '系统维护', 'zh-CN');
    expect(said.lead).toBe(
      '在“系统维护”情形下，可动用现金始终不低于最低现金储备（¥5,000），无流动性缺口，无需调整。',
    );
    expect(said.relies).toEqual([]);
    expect(said.lowest).toMatch(/^最低可动用现金：¥[\d,]+（2027年\d+月\d+日）。$/);
  });

  it('names the credit not yet arranged that the cash holds on, and what happens without it', () => {
    const { plan: supplier } = exampleValid('supplier');
    const advice = advise(supplier, findPreset('regulatory_closure')!);
    const en = noGapText(advice, 'Regulatory closure', 'en');
    expect(en.lead).toMatch(/provided you apply now for the credit below/);
    expect(en.relies[0]).toBe(
      'WeBank business loan, not applied for yet: takes about 14 days, usable from Dec 15, 2026; the projection draws up to ¥100,000',
    );
    expect(en.without).toMatch(
      /^Without them this scenario opens a liquidity gap from Jun 10, 2027, up to about ¥[\d,]+: apply now\.$/,
    );
    const zh = noGapText(advice, '监管叫停', 'zh-CN');
    expect(zh.without).toMatch(
      /^如不办理，本情形下将自2027年6月10日起出现流动性缺口，最高约¥[\d.]+万/,
    );
  });
});
