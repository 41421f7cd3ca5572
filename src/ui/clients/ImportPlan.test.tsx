// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import restaurant from '../../../examples/restaurant.json';
import { useClients } from '../../state/clientSession/useClients';
import { memoryClientStore } from '../../state/clientStore';
import { hydrate, useStore } from '../../state/store';
import { resetStore } from '../scenario/testStore';
import { ImportPlan } from './ImportPlan';

beforeAll(() => hydrate(memoryClientStore()));
beforeEach(resetStore);

const pick = (text: string, name = 'plan.json') =>
  fireEvent.change(screen.getByLabelText('Plan file (.json)'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });

describe('ImportPlan', () => {
  it('refuses a file from a newer FundGap, naming the format, and changes nothing', async () => {
    const onDone = vi.fn();
    render(<ImportPlan onDone={onDone} />);
    const before = useStore.getState().draft;
    pick(JSON.stringify({ ...restaurant, formatVersion: 4 }));
    expect(await screen.findByRole('alert')).toHaveTextContent('newer FundGap (format 4)');
    expect(screen.getByLabelText('Plan file (.json)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Import as a new client file' })).toBeNull();
    expect(useStore.getState().draft).toBe(before);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('asks before replacing, and only replaces after the second click', async () => {
    const onDone = vi.fn();
    render(<ImportPlan onDone={onDone} />);
    const before = useStore.getState().draft;
    pick(JSON.stringify(restaurant));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace the current plan…' }));
    expect(useStore.getState().draft).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(useStore.getState().draft.business.name).toBe(restaurant.business.name);
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('imports as a new client file, leaving the list one longer', async () => {
    render(<ImportPlan onDone={() => undefined} />);
    const count = useClients.getState().clients.length;
    pick(JSON.stringify(restaurant));
    fireEvent.click(await screen.findByRole('button', { name: 'Import as a new client file' }));
    await waitFor(() => expect(useClients.getState().clients).toHaveLength(count + 1));
    expect(useStore.getState().valid.file.business.name).toBe(restaurant.business.name);
  });
});
