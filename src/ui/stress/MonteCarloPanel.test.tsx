// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MONTE_CARLO } from '../../i18n/messages/monteCarlo';
import { UNITS } from '../../i18n/messages/units';
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
    expect(field('Shortest').value).toBe('7');
    expect(field('Most likely').value).toBe('30');
    expect(field('Longest').value).toBe('90');
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
    fireEvent.change(field('Earliest start'), { target: { value: '120' } });
    expect(field('Earliest start').value).toBe('120');
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
  it.each(['en', 'zh-CN'] as const)(
    'shows the unit of every assumption beside its box and reads it with the field (%s)',
    (lang) => {
      act(() => useStore.setState({ lang }));
      render(<MonteCarloPanel />);
      const m = MONTE_CARLO[lang];
      let boxes = 0;
      // Every length distribution: lognormal adds the median and σ.
      for (const type of ['triangular', 'lognormal'] as const) {
        fireEvent.change(field(m.durationType), { target: { value: type } });
        for (const box of document.querySelectorAll<HTMLInputElement>('.mc-assumptions input')) {
          if (box.type !== 'text') continue;
          boxes++;
          const label = box.labels?.[0]?.textContent ?? '';
          expect(label).not.toMatch(/[（(](?:元|天|%|¥|days|months)[）)，,]?/);
          // σ is a pure number (the spread of log-days): the one box without a unit.
          if (label === m.sigma) continue;
          const unit = box.closest('.field-control')?.querySelector('.field-unit');
          expect(unit, label).toBeTruthy();
          expect(box.getAttribute('aria-describedby')?.split(' '), label).toContain(unit!.id);
        }
      }
      // Start days, delays, revenue; three lengths each time, σ once.
      expect(boxes).toBe(2 * 5 + 3 + 3);
      expect(field(m.medianDays)).toHaveAccessibleDescription(UNITS[lang].days);
    },
  );

  it('reads a percentage typed with its "%", and says under the box why a value is refused', () => {
    render(<MonteCarloPanel />);
    const revenue = field('Weekly revenue varies by ±');
    fireEvent.change(revenue, { target: { value: '15%' } });
    expect(revenue).not.toHaveAttribute('aria-invalid');
    fireEvent.change(revenue, { target: { value: '150' } });
    expect(revenue).toHaveAttribute('aria-invalid', 'true');
    expect(revenue).toHaveAccessibleDescription('Enter a whole number from 0 to 100. %');
    fireEvent.change(field('Paths'), { target: { value: '50' } });
    expect(field('Paths')).toHaveAccessibleDescription('Enter a whole number from 100 to 20,000.');
  });
});
