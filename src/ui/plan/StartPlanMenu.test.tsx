// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useClients } from '../../state/clientSession/useClients';
import { memoryClientStore } from '../../state/clientStore';
import { hydrate, useStore } from '../../state/store';
import { resetStore } from '../scenario/testStore';
import { localIsoDate } from '../../io/localDate';
import { StartPlanMenu } from './StartPlanMenu';

beforeAll(() => hydrate(memoryClientStore()));
beforeEach(resetStore);

const toggle = () => screen.getByRole('button', { name: 'New client file' });

describe('StartPlanMenu', () => {
  it('opens with focus on the first choice, and Escape closes it and returns focus', () => {
    render(<StartPlanMenu />);
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: /Blank plan/ })).toHaveFocus();
    expect(screen.getByText(/Opens as a new client file/)).toBeVisible();
    fireEvent.keyDown(screen.getByRole('button', { name: /Blank plan/ }), { key: 'Escape' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
  });

  it('opens a sample as a new client file, keeping the previous one in the list', async () => {
    render(<StartPlanMenu />);
    const before = useClients.getState().clients.length;
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: /Old Street Noodles/ }));
    await waitFor(() => expect(useStore.getState().exampleId).toBe('restaurant'));
    await waitFor(() => expect(useClients.getState().clients).toHaveLength(before + 1));
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Opened Old Street Noodles (restaurant) as a new client file.',
    );
  });

  it('starts a blank plan dated today in the local calendar', async () => {
    render(<StartPlanMenu />);
    fireEvent.click(toggle());
    fireEvent.click(screen.getByRole('button', { name: /Blank plan/ }));
    await waitFor(() => expect(useStore.getState().draft.fundingSources).toEqual([]));
    expect(useStore.getState().draft.business.startDate).toBe(localIsoDate());
  });

  it('writes today from local date parts', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});
