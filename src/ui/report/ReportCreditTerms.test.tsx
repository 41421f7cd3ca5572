// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planWith, credit, huabei, outflow, account, yuan } from '../../engine/testPlans';
import { ReportCreditTerms } from './ReportCreditTerms';

describe('ReportCreditTerms', () => {
  const plan = planWith({
    cashAccounts: [account('bank', yuan(1_000)), account('alipay', yuan(1_000), 'ant')],
    cashFlows: [outflow('Fabric', yuan(100), { type: 'daily' }, { platformGroup: 'ant' })],
    fundingSources: [huabei('Huabei', yuan(10_000)), credit('Jiebei', 'jiebei', yuan(5_000))],
  });

  it('states who pays first, why, the penalty-day rule and each assumed term with its source', () => {
    render(<ReportCreditTerms plan={plan} lang="en" />);
    expect(
      screen.getByText('Who pays first: bank first, Alipay last (FundGap’s default).'),
    ).toBeVisible();
    expect(screen.getByText(/blocked 10 days = 10 days/)).toBeVisible();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^FabricPaid from Ant Group \(Alipay\) first\.U \[\d+\]$/),
      expect.stringMatching(
        /^HuabeiHuabei overdue interest 0\.05% a day on what is late\.M \[\d+\]$/,
      ),
      expect.stringMatching(/^JiebeiOverdue interest 1\.5 × the contract rate.*U \[\d+\]$/),
    ]);
  });

  it('speaks Chinese', () => {
    render(<ReportCreditTerms plan={plan} lang="zh-CN" />);
    expect(screen.getByText('扣款顺序：先银行、后支付宝（FundGap 默认）。')).toBeVisible();
  });
});
