// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../state/store';
import { PlanEditor } from './PlanEditor';

/** Who pays first and Huabei's plan term in the editor (issue 15, item 6 and 2). */
function reset() {
  act(() => {
    useStore.getState().setLang('en');
    useStore.getState().loadExample('online-shop');
  });
  useStore.temporal.getState().clear();
}

const card = (name: RegExp) => screen.getByRole('button', { name }).closest('li')!;

describe('editor: credit terms', () => {
  beforeEach(reset);

  it('asks which account pays first, explains the cautious default, and stores the choice', () => {
    render(<PlanEditor />);
    const group = screen.getByRole('group', { name: /Which account pays your suppliers/ });
    expect(group).toHaveAccessibleDescription(/money still on it is locked/);
    const bank = within(group).getByRole('radio', { name: /Bank account first/ });
    const alipay = within(group).getByRole('radio', { name: /Alipay balance first/ });
    expect(bank).toBeChecked();
    fireEvent.click(alipay);
    expect(useStore.getState().draft.business.paymentOrder).toBe('platforms_first');
    expect(useStore.getState().valid.plan.business.paymentOrder).toBe('platforms_first');
  });

  it('lets an outflow name the account it is paid from, or follow the plan', () => {
    render(<PlanEditor />);
    fireEvent.click(screen.getByRole('tab', { name: /Cash flows/ }));
    const fabric = card(/^Fabric suppliers, weekly/);
    fireEvent.click(within(fabric).getByRole('button', { name: /^Fabric suppliers, weekly/ }));
    const payer = within(fabric).getByLabelText('Paid from (optional)');
    expect(payer).toHaveValue('');
    fireEvent.change(payer, { target: { value: 'ant' } });
    const flow = () => useStore.getState().draft.cashFlows.find((f) => f.id === 'fabric')!;
    expect(flow().platformGroup).toBe('ant');
    fireEvent.change(payer, { target: { value: '' } });
    expect(flow().platformGroup).toBeUndefined();
  });

  it('offers no penalty multiplier on Huabei, and a plan term for its balances', () => {
    render(<PlanEditor />);
    fireEvent.click(screen.getByRole('tab', { name: /Funding sources/ }));
    const huabei = card(/^Huabei/);
    fireEvent.click(within(huabei).getByRole('button', { name: /^Huabei/ }));
    expect(within(huabei).queryByLabelText(/Overdue interest/)).toBeNull();
    expect(within(huabei).getByText(/0\.05 % a day, for every day it is late/)).toBeVisible();
    const term = within(huabei).getByLabelText('Instalment plan (分期)');
    fireEvent.change(term, { target: { value: '3' } });
    const source = useStore.getState().draft.fundingSources[0]!;
    expect(source.outstanding[0]!.planMonths).toBe(3);
  });
});
