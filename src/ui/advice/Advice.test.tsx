// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../state/store';
import { CashChart } from '../dashboard/CashChart';
import { AdvicePanel } from './AdvicePanel';
import { ContingencyPlan } from './ContingencyPlan';

// The store starts on the default sample (online shop) under the default 30-day freeze.
beforeEach(() => {
  act(() => useStore.setState({ lang: 'en', tryOut: null }));
});

/** The advice is worked out after paint: wait for its cards. */
async function cards() {
  const timely = await screen.findByRole(
    'heading',
    { level: 3, name: 'In time for this outage' },
    { timeout: 10_000 },
  );
  return within(timely.closest('section')!)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('advice-card'));
}

describe('AdvicePanel', () => {
  it('shows a calm working state, then the gap, the recommendation and the ranked measures', async () => {
    render(<AdvicePanel />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'What would close the gap' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Working out what would close the gap…')).toBeInTheDocument();
    const list = await cards();
    expect(
      screen.getByText(/Gap to close: up to about ¥19,900, from Dec 15, 2026/),
    ).toBeInTheDocument();
    // The exact figure is one tap away.
    expect(
      screen.getByText('Exact figure: ¥19,900.00 (the deepest daily shortfall in the simulation).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Reserve to hold on top of today's cash: ¥20,000, about 3 days of average outflows.",
      ),
    ).toBeInTheDocument();
    // Measures at no financing cost come first, each with what it rests on.
    expect(list[0]).toHaveTextContent(
      'Put off purchases that can wait by 30 days: Spring collection stock',
    );
    expect(list[0]).toHaveTextContent('No financing cost');
    expect(list[0]).toHaveTextContent('no shortfall within the horizon');
    const tax = list.find((li) => li.dataset.action === 'tax_loan')!;
    expect(tax).toHaveTextContent('Interest only on what you draw');
    expect(
      screen.getByRole('heading', { level: 3, name: /^Recommended: the cheapest combination/ }),
    ).toBeInTheDocument();
    // What this business cannot use, and why.
    expect(
      screen.getByText(/card funds may not be used for business operations/),
    ).toBeInTheDocument();
  });

  it('"Try it" shows before and after on the card, and the chart gets a third line', async () => {
    const { container } = render(
      <>
        <CashChart />
        <AdvicePanel />
      </>,
    );
    const list = await cards();
    const tax = list.find((li) => li.dataset.action === 'tax_loan')!;
    const tryIt = within(tax).getByRole('button', { name: 'Try it' });
    expect(tryIt).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(tryIt);
    expect(useStore.getState().tryOut?.action).toBe('tax_loan');
    const compare = within(tax).getByRole('table', { name: 'Before and after' });
    expect(compare).toHaveTextContent('Deepest gap¥19,900none');
    expect(compare).toHaveTextContent('Days until a shortfall14 daysthe whole horizon');
    await waitFor(() => expect(container.querySelectorAll('path.cash-line')).toHaveLength(3));
    fireEvent.click(within(tax).getByRole('button', { name: 'Stop trying' }));
    expect(useStore.getState().tryOut).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('path.cash-line')).toHaveLength(2));
  });

  it('"Keep" merges the suggestion into the plan, says what changed, and Undo restores it', async () => {
    render(<AdvicePanel />);
    const list = await cards();
    const reserve = list.find((li) => li.dataset.action === 'raise_reserve')!;
    const bank = () =>
      useStore.getState().valid.plan.cashAccounts.find((a) => a.id === 'cmb')!.balance;
    expect(bank()).toBe(12_500_00);
    fireEvent.click(within(reserve).getByRole('button', { name: 'Keep' }));
    const note = await screen.findByText(/Added to your plan: Owner's injection/);
    expect(bank()).toBe(12_500_00 + 20_000_00);
    expect(
      within(note.closest('.advice-kept')! as HTMLElement).getByRole('table'),
    ).toHaveTextContent('Deepest gap¥19,900none');
    await screen.findByText(/no liquidity gap/, undefined, { timeout: 10_000 });
    act(() => useStore.temporal.getState().undo());
    expect(bank()).toBe(12_500_00);
    // The confirmation spoke of the plan just undone: it goes with it (owner walk, Dec 2026:
    // it stayed on screen through undo, scenario changes and navigation).
    expect(screen.queryByText(/Added to your plan: Owner's injection/)).toBeNull();
  });
});

describe('ContingencyPlan', () => {
  it('lists the triggers, the signals to watch and the steps by date', async () => {
    render(<ContingencyPlan />);
    expect(screen.getByRole('heading', { level: 2, name: 'Contingency plan' })).toBeInTheDocument();
    const [triggers, signals] = screen.getAllByRole('table');
    const rows = within(triggers!).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Cash buffer');
    expect(rows[1]).toHaveTextContent('Fires');
    expect(rows[1]).toHaveTextContent('7.6 days');
    await waitFor(() => expect(rows[1]).toHaveTextContent('Put off purchases that can wait'), {
      timeout: 10_000,
    });
    expect(within(signals!).getAllByRole('row').length).toBeGreaterThan(6);
    expect(signals).toHaveTextContent(
      '“Service unavailable”, or the borrow and pay buttons greyed out',
    );
    const phases = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(phases[0]).toBe('Day 0');
    expect(
      screen.getByText(/liquidity gap would open today, up to about ¥19,900/),
    ).toBeInTheDocument();
  });

  it('speaks Chinese, and never pairs “fires” with “nothing to do”', async () => {
    act(() => useStore.setState({ lang: 'zh-CN' }));
    render(<ContingencyPlan />);
    expect(screen.getByRole('heading', { level: 2, name: '应急预案' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: '预警指标（根据您的数据测算）' }),
    ).toBeInTheDocument();
    const [triggers] = screen.getAllByRole('table');
    await waitFor(() => expect(triggers).not.toHaveTextContent('正在测算'), { timeout: 10_000 });
    for (const row of within(triggers!).getAllByRole('row').slice(1))
      if (row.textContent!.includes('触发') && !row.textContent!.includes('未触发'))
        expect(row).not.toHaveTextContent('无需行动');
  });
});
