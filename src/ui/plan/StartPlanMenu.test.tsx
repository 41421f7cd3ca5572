// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../state/store';
import { resetStore } from '../scenario/testStore';
import { localTodayIso } from './localToday';
import { StartPlanMenu } from './StartPlanMenu';

beforeEach(resetStore);

const toggle = () => screen.getByRole('button', { name: 'Start a plan' });

describe('StartPlanMenu', () => {
  it('opens with focus on the first choice, and Escape closes it and returns focus', () => {
    render(<StartPlanMenu />);
    expect(screen.getByText('Qingshan Apparel (Taobao shop, Hangzhou)')).toBeInTheDocument();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /Blank plan/ })).toHaveFocus();
    expect(screen.getByText(/You can undo this/)).toBeVisible();
    fireEvent.keyDown(screen.getByRole('button', { name: /Blank plan/ }), { key: 'Escape' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('loads a sample, and Undo brings the previous plan back', async () => {
    render(<StartPlanMenu />);
    const before = useStore.getState().draft;
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: /Old Street Noodles/ }));
    await waitFor(() => expect(useStore.getState().exampleId).toBe('restaurant'));
    expect(screen.getByText('Old Street Noodles')).toBeInTheDocument();
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    act(() => useStore.temporal.getState().undo());
    expect(useStore.getState().draft).toBe(before);
  });

  it('starts a blank plan dated today in the local calendar, shown as untitled', () => {
    render(<StartPlanMenu />);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: /Blank plan/ }));
    const { draft } = useStore.getState();
    expect(draft.business.startDate).toBe(localTodayIso());
    expect(draft.fundingSources).toEqual([]);
    expect(screen.getByText('Untitled plan')).toBeInTheDocument();
  });

  it('writes today from local date parts', () => {
    expect(localTodayIso(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
