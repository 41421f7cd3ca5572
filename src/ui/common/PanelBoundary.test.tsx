// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useStore } from '../../state/store';
import { Headline } from '../headline/Headline';
import { PanelBoundary } from './PanelBoundary';

/**
 * Issue 7: a rendering error in one panel stays in that panel. The throwing panel exists only
 * in this test (a child that reads the store like a real panel and throws while told to), so
 * nothing a user can reach in the app can make a panel crash on purpose.
 */

const crash = { on: true };

function FragilePanel() {
  const name = useStore((s) => s.draft.business.name);
  if (crash.on) throw new Error('panel exploded');
  return <p>Fragile panel for {name}</p>;
}

function Screen() {
  return (
    <>
      <PanelBoundary name="headline">
        <Headline />
      </PanelBoundary>
      <PanelBoundary name="fragile">
        <FragilePanel />
      </PanelBoundary>
      <PanelBoundary name="notes">
        <p>Other panel</p>
      </PanelBoundary>
    </>
  );
}

beforeEach(() => {
  crash.on = true;
  act(() => useStore.setState({ lang: 'en' }));
  // React and the boundary log the caught error; that is expected here, not noise to show.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('PanelBoundary', () => {
  it('keeps the plan and the other panels when one panel throws, and resets only that view', () => {
    const before = useStore.getState();
    render(<Screen />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This panel hit an error. Your plan is safe.');
    const headline = screen.getByRole('heading', { level: 1 });
    const other = screen.getByText('Other panel');
    expect(headline).toBeVisible();
    expect(console.error).toHaveBeenCalledWith(
      '[FundGap] panel "fragile" failed:',
      expect.any(Error),
    );

    // The plan in the store is untouched: same draft, same last valid plan, same scenario.
    const after = useStore.getState();
    expect(after.draft).toBe(before.draft);
    expect(after.valid).toBe(before.valid);

    // Still broken: reset shows the error again instead of a blank screen.
    fireEvent.click(within(alert).getByRole('button', { name: 'Reset this view' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();

    // Fixed: "Reset this view" remounts only that panel; the others are the same DOM nodes.
    crash.on = false;
    fireEvent.click(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Reset this view' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(`Fragile panel for ${before.draft.business.name}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBe(headline);
    expect(screen.getByText('Other panel')).toBe(other);
  });

  it('speaks the user’s language, and follows a switch', () => {
    render(
      <PanelBoundary name="fragile">
        <FragilePanel />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This panel hit an error.');
    act(() => useStore.setState({ lang: 'zh-CN' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('此模块出现错误，您的方案数据不受影响。');
    expect(within(alert).getByRole('button', { name: '重置此视图' })).toBeInTheDocument();
  });
});
