// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { dateOfDay, timelineOf } from '../../engine/timeline';
import { formatDate } from '../../i18n/format';
import { exampleValid } from '../../io/exampleFixtures';
import { resetStore } from '../scenario/testStore';
import { useStore } from '../../state/store';
import { CashChart } from './CashChart';
import { FundingMixChart } from './FundingMixChart';
import { HeadroomChart } from './HeadroomChart';
import { MetricCards } from './MetricCards';

// The store starts on the default sample (online shop) under the default 30-day freeze.
beforeEach(() => {
  act(() => useStore.setState({ lang: 'en' }));
});

describe('CashChart', () => {
  it('summarises the gap in words above a drawn chart', async () => {
    const { container } = render(<CashChart />);
    // The plot is its own chunk: the words come at once, the drawing when it arrives.
    await screen.findByText('Liquidity gap ¥19,900');
    expect(
      screen.getByRole('heading', { level: 2, name: 'What you can still spend, day by day' }),
    ).toBeInTheDocument();
    const summary = container.querySelector('.chart-summary')!;
    expect(summary.textContent).toMatch(/liquidity gap of ¥19,900/);
    expect(summary.textContent).toMatch(/Short on 3 days/);
    expect(summary.textContent).toMatch(/Without it, the lowest point is ¥10,000/);
    // With cash and credit counted together the freeze line never runs above the other here,
    // so there is nothing to explain (aboveBaseline.test.ts has the cases that do).
    expect(summary.textContent).not.toMatch(/runs above/);
    // Drawn by hand (no recharts): both runs' lines, the three bands and the gap's mark.
    const plot = await screen.findByRole('img', { name: /^Chart of what you can still spend/ });
    expect(plot.querySelector('svg.cash-plot')).not.toBeNull();
    expect(plot.querySelectorAll('path.cash-line')).toHaveLength(2);
    for (const line of plot.querySelectorAll('path.cash-line'))
      expect(line.getAttribute('d')!.split('L')).toHaveLength(365);
    expect(screen.getByText('Liquidity gap ¥19,900')).toBeInTheDocument();
  });

  it('shows the day under the pointer, and nothing once it leaves the plot', async () => {
    render(<CashChart />);
    const plot = await screen.findByRole('img', { name: /^Chart of what you can still spend/ });
    const svg = plot.querySelector('svg.cash-plot')!;
    // jsdom lays nothing out: give the SVG the 720 × 320 px box it is drawn at.
    svg.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 720, height: 320 });
    // x 388 is the middle of the 68–708 px plot: day 182 of 365.
    fireEvent.pointerMove(svg, { clientX: 388, clientY: 100 });
    const tip = plot.querySelector('.plot-tip')!;
    const start = useStore.getState().valid.plan.business.startDate;
    expect(tip).not.toBeNull();
    expect(tip.querySelector('.plot-tooltip-date')!.textContent).toBe(
      formatDate(dateOfDay(timelineOf(start, 365), 182), 'en'),
    );
    // Left of the money axis is outside the plot.
    fireEvent.pointerMove(svg, { clientX: 20, clientY: 100 });
    expect(plot.querySelector('.plot-tip')).toBeNull();
    fireEvent.pointerMove(svg, { clientX: 388, clientY: 100 });
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' });
    expect(plot.querySelector('.plot-tip')).toBeNull();
  });

  it('shows every day as a table instead, with gap days marked', async () => {
    render(<CashChart />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 365);
    expect(table.querySelectorAll('tr.row-gap')).toHaveLength(3);
  });

  it('speaks Chinese when the language changes', () => {
    const { container } = render(<CashChart />);
    act(() => useStore.setState({ lang: 'zh-CN' }));
    expect(
      screen.getByRole('heading', { level: 2, name: '每日可用资金（现金＋可用授信）' }),
    ).toBeInTheDocument();
    expect(container.querySelector('.chart-summary')!.textContent).toMatch(/流动性缺口达¥19,900/);
  });
});

describe('MetricCards', () => {
  it('shows each metric with its value, status word and baseline', () => {
    render(<MetricCards />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Risk metrics with the outage' }),
    ).toBeInTheDocument();
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(10);
    const survival = cards.find((c) =>
      within(c).queryByRole('heading', { name: 'Survival days' }),
    )!;
    expect(survival).toHaveTextContent('14 days');
    expect(survival).toHaveTextContent('Risk');
    expect(survival).toHaveTextContent('Without the outage: No gap in the horizon');
    const gap = cards.find((c) =>
      within(c).queryByRole('heading', { name: 'Deepest liquidity gap' }),
    )!;
    expect(gap).toHaveTextContent('¥19,900');
    expect(
      screen.getByRole('button', { name: 'Where the mark for “Cash buffer days” comes from' }),
    ).toBeInTheDocument();
  });

  it('uses a word, not an empty value, when there is no gap (in Chinese too)', () => {
    act(() => useStore.setState({ lang: 'zh-CN', scenarioId: 'maintenance' }));
    render(<MetricCards />);
    expect(screen.getAllByText('测算期内无缺口').length).toBeGreaterThan(0);
    expect(screen.getAllByText('良好').length).toBeGreaterThan(0);
    act(() => useStore.setState({ scenarioId: 'risk_control_freeze_30d' }));
  });
});

describe('HeadroomChart and FundingMixChart', () => {
  it('mark an earlier plan’s figures as such while another client file’s settle', async () => {
    // The advisor walk: opening another client file showed the previous one's credit lines for
    // about a second, with nothing to say so.
    const { container } = render(<HeadroomChart />);
    const panel = () => container.querySelector('section.chart-panel')!;
    const before = panel().querySelector('.chart-summary')!.textContent;
    expect(panel()).not.toHaveAttribute('aria-busy');
    act(() => useStore.getState().replacePlan(exampleValid('restaurant').file, 'restaurant'));
    expect(panel()).toHaveAttribute('aria-busy', 'true');
    expect(panel()).toHaveClass('is-pending');
    await waitFor(() => expect(panel()).not.toHaveAttribute('aria-busy'));
    expect(panel().querySelector('.chart-summary')!.textContent).not.toBe(before);
    act(() => resetStore());
  });

  it('tells which line vanishes when', () => {
    const { container } = render(<HeadroomChart />);
    expect(container.querySelector('.chart-summary')!.textContent).toMatch(
      /Jiebei: not usable today; from Dec 31, ¥95,\d{3} of its ¥150,000 line can be drawn \(the rest is still owed\)\./,
    );
    // Drawn by hand: one layer (band and step line) per source, stacked.
    expect(container.querySelectorAll('svg.headroom-plot .headroom-layer')).toHaveLength(4);
  });

  it('lists every source’s headroom on the day under the pointer, top of the stack first', () => {
    const { container } = render(<HeadroomChart />);
    const svg = container.querySelector<SVGSVGElement>('svg.headroom-plot')!;
    // jsdom lays nothing out: give the SVG the 560 × 260 px box it is drawn at.
    svg.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 560, height: 260 });
    // The plot spans x 68–548 over 365 days: x 68 is day 0.
    fireEvent.pointerMove(svg, { clientX: 68, clientY: 100 });
    const tip = container.querySelector('.plot-tip')!;
    const start = useStore.getState().valid.plan.business.startDate;
    expect(tip.querySelector('.plot-tooltip-date')!.textContent).toBe(formatDate(start, 'en'));
    const names = [...tip.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(names).toEqual([
      'WeBank business loan, not applied for yet (~2 weeks)',
      'CMB credit card cash advance',
      'Jiebei',
      'Huabei',
      'Total',
    ]);
    // Day 0 under the freeze: only the credit card's ¥20,000 is usable.
    const amounts = [...tip.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(amounts).toEqual(['¥0', '¥20,000', '¥0', '¥0', '¥20,000']);
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' });
    expect(container.querySelector('.plot-tip')).toBeNull();
  });

  it('adds up the sources on a day several of them lend, and shows a tapped day until the next tap', () => {
    const { container } = render(<HeadroomChart />);
    const svg = container.querySelector<SVGSVGElement>('svg.headroom-plot')!;
    svg.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 560, height: 260 });
    const yuan = (text: string | null) => Number(text!.replace(/[¥,]/g, ''));
    // x 400 is on day 251 (332 / 480 × 364 = 251.8, the step it is over).
    fireEvent.pointerMove(svg, { clientX: 400, clientY: 100, pointerType: 'mouse' });
    const amounts = [...container.querySelectorAll('.plot-tip dd')].map((dd) =>
      yuan(dd.textContent),
    );
    const total = amounts.pop()!;
    expect(amounts.filter((a) => a > 0).length).toBeGreaterThanOrEqual(3);
    expect(total).toBe(amounts.reduce((a, b) => a + b, 0));
    fireEvent.pointerLeave(svg, { pointerType: 'mouse' });

    // A finger that starts a scroll on the plot leaves nothing behind…
    fireEvent.pointerDown(svg, { clientX: 400, clientY: 100, pointerType: 'touch' });
    fireEvent.pointerCancel(svg, { pointerType: 'touch' });
    expect(container.querySelector('.plot-tip')).toBeNull();
    // …a tap shows its day, and it stays after the finger has gone.
    fireEvent.pointerDown(svg, { clientX: 400, clientY: 100, pointerType: 'touch' });
    fireEvent.pointerUp(svg, { clientX: 400, clientY: 100, pointerType: 'touch' });
    fireEvent.pointerLeave(svg, { pointerType: 'touch' });
    expect(container.querySelector('.plot-tip')).not.toBeNull();
  });

  it('calls out the Ant-group share of credit lines', () => {
    render(<FundingMixChart />);
    expect(
      screen.getByText('Ant Group holds 92% of your credit lines: ¥230,000 of ¥250,000'),
    ).toBeInTheDocument();
    expect(screen.getByText(/HHI\): 7,326, highly concentrated/)).toBeInTheDocument();
  });
});
