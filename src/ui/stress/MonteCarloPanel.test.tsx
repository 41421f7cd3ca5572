// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../state/store';
import { MonteCarloPanel } from './MonteCarloPanel';

// The store starts on the default sample (online shop) under the default 30-day freeze. jsdom
// has no Worker: the hook runs the same batches on this thread between macrotasks.
beforeEach(() => {
  act(() => useStore.setState({ lang: 'en' }));
});

const field = (name: string) => screen.getByLabelText(name, { exact: true }) as HTMLInputElement;

describe('MonteCarloPanel', () => {
  it('shows every assumption with its source, runs, and phrases the result under these assumptions', async () => {
    render(<MonteCarloPanel />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Uncertainty bands (Monte Carlo)' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/risk-control freezes have no documented length/)).toBeInTheDocument();
    expect(field('Shortest (days)').value).toBe('7');
    expect(field('Most likely (days)').value).toBe('30');
    expect(field('Longest (days)').value).toBe('90');
    fireEvent.change(field('Paths'), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(screen.getByRole('progressbar', { name: 'Simulation progress' })).toBeInTheDocument();
    // Provisional bands may show first; the run has ended when Run is enabled again.
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Run simulation' })).toBeEnabled(),
      { timeout: 15_000 },
    );
    const results = screen.getByTestId('mc-results');
    expect(within(results).getByText(/^Under these assumptions, /)).toBeInTheDocument();
    expect(results.getAttribute('data-paths')).toBe('200');
    const cash = JSON.parse(results.getAttribute('data-cash-percentiles')!);
    expect(cash.p50).toHaveLength(365);
  });

  it('names a bad value next to its field and does not run', () => {
    render(<MonteCarloPanel />);
    fireEvent.change(field('Earliest start day'), { target: { value: '120' } });
    expect(field('Earliest start day').value).toBe('120');
    expect(
      screen.getByText('The first value must not be larger than the second.'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('cancel stops a run and says so', async () => {
    render(<MonteCarloPanel />);
    fireEvent.change(field('Paths'), { target: { value: '20000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Cancelled.'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByTestId('mc-results')).toBeNull();
  });
});
