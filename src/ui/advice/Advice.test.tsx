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
    { level: 3, name: 'In time for this scenario' },
    { timeout: 5000 },
  );
  return within(timely.closest('section')!)
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('advice-card'));
}

describe('AdvicePanel', () => {
  it('shows a calm working state, then the gap and the ranked suggestions', async () => {
    render(<AdvicePanel />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'What would close the gap' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Working out what would close the gap…')).toBeInTheDocument();
    const list = await cards();
    expect(screen.getByText(/Gap to close: up to ¥19,900, from Dec 15, 2026/)).toBeInTheDocument();
    expect(list.length).toBeGreaterThanOrEqual(3);
    expect(list[0]).toHaveTextContent('Add ¥19,900 to your cash reserve in the bank');
    expect(list[0]).toHaveTextContent('Closes the gap');
    expect(list[0]).toHaveTextContent('¥597 a year');
    expect(list[0]).toHaveTextContent('+351 days');
    expect(
      screen.getByText(/against receivables from Double-12 promotion settlement/),
    ).toBeInTheDocument();
    const late = screen
      .getByRole('heading', { level: 3, name: /Too late for this scenario/ })
      .closest('section')!;
    expect(within(late).getByText(/bank working-capital loan of ¥19,900/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Cheapest combination that closes the gap' }),
    ).toBeInTheDocument();
  });

  it('"Try it" puts the suggestion on the cash chart as a third line; pressing again clears it', async () => {
    const { container } = render(
      <>
        <CashChart />
        <AdvicePanel />
      </>,
    );
    const [first] = await cards();
    const tryIt = within(first!).getByRole('button', { name: 'Try it' });
    expect(tryIt).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(tryIt);
    expect(useStore.getState().tryOut?.action).toBe('raise_reserve');
    expect(tryIt).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(3));
    expect(screen.getAllByText('With this change').length).toBeGreaterThan(0);
    expect(container.querySelector('.chart-summary')!.textContent).toMatch(
      /With this change \(Raise the cash reserve\), reachable cash never falls below the buffer/,
    );
    // The user's plan is untouched.
    expect(useStore.getState().valid.plan.cashAccounts.find((a) => a.id === 'cmb')!.balance).toBe(
      12_500_00,
    );
    fireEvent.click(tryIt);
    expect(useStore.getState().tryOut).toBeNull();
    await waitFor(() => expect(container.querySelectorAll('.recharts-line')).toHaveLength(2));
  });

  it('"Keep" merges the suggestion into the plan, and Undo restores it', async () => {
    render(<AdvicePanel />);
    const [first] = await cards();
    const before = useStore.getState().valid.plan;
    const bank = () =>
      useStore.getState().valid.plan.cashAccounts.find((a) => a.id === 'cmb')!.balance;
    expect(bank()).toBe(12_500_00);
    fireEvent.click(within(first!).getByRole('button', { name: 'Keep' }));
    await screen.findByText(/Added to your plan: Add ¥19,900 to your cash reserve/);
    expect(bank()).toBe(12_500_00 + 19_900_00);
    // With the reserve kept there is no gap left to close.
    await screen.findByText(/there is no gap to close/, undefined, { timeout: 5000 });
    act(() => useStore.temporal.getState().undo());
    expect(bank()).toBe(12_500_00);
    expect(useStore.getState().valid.plan.cashAccounts).toEqual(before.cashAccounts);
  });
});

describe('ContingencyPlan', () => {
  it('lists the triggers with their status and the ordered outage actions', async () => {
    render(<ContingencyPlan />);
    expect(screen.getByRole('heading', { level: 2, name: 'Contingency plan' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Cash buffer');
    expect(rows[1]).toHaveTextContent('Fires');
    expect(rows[1]).toHaveTextContent('7.6 days');
    await waitFor(() => expect(rows[1]).toHaveTextContent('Add ¥19,900 to your cash reserve'), {
      timeout: 5000,
    });
    expect(rows[1]).toHaveTextContent('+¥19,900 within reach');
    const phases = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(phases[0]).toBe('Day 0');
    expect(phases).toContain('Week 2');
    expect(screen.getByText(/liquidity gap opens today, up to ¥19,900/)).toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    act(() => useStore.setState({ lang: 'zh-CN' }));
    render(<ContingencyPlan />);
    expect(screen.getByRole('heading', { level: 2, name: '应急预案' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '预警指标' })).toBeInTheDocument();
    expect(screen.getAllByText('触发').length).toBe(4);
  });
});
