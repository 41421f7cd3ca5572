// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeIssue } from '../../io/issueText';
import { useStore } from '../../state/store';
import { PlanEditor } from './PlanEditor';

function reset() {
  act(() => {
    useStore.getState().setLang('en');
    useStore.getState().loadExample('online-shop');
  });
  useStore.temporal.getState().clear();
}

/** The card (list item) whose toggle button's name starts with `name`. */
function card(name: RegExp): HTMLElement {
  const toggle = screen.getByRole('button', { name });
  return toggle.closest('li')!;
}

function openFunding() {
  fireEvent.click(screen.getByRole('tab', { name: /Funding sources/ }));
}

describe('PlanEditor', () => {
  beforeEach(reset);

  it('guides through four keyboard-operable steps with counts', () => {
    render(<PlanEditor />);
    expect(screen.getByRole('heading', { level: 2, name: 'Your plan' })).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
      'false',
    ]);
    expect(tabs[0]).toHaveTextContent('3 items');
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: /Cash flows/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName(/Cash flows/);
    fireEvent.keyDown(screen.getByRole('tab', { name: /Cash flows/ }), { key: 'End' });
    expect(screen.getByRole('tab', { name: /Scenario/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows an invalid limit under the field while the valid plan keeps the old limit', () => {
    render(<PlanEditor />);
    openFunding();
    const jiebei = card(/^Jiebei/);
    fireEvent.click(within(jiebei).getByRole('button', { name: /^Jiebei/ }));
    const limit = within(jiebei).getByLabelText('Credit limit');
    expect(limit).toHaveValue('150000');

    fireEvent.change(limit, { target: { value: '-5' } });

    const message = describeIssue({ code: 'amount_negative' }, 'en');
    expect(limit).toHaveValue('-5');
    expect(limit).toHaveAttribute('aria-invalid', 'true');
    // The problem is read first, then the unit beside the box.
    expect(limit).toHaveAccessibleDescription(`${message} ¥`);
    expect(within(jiebei).getByText(message)).toBeInTheDocument();
    const state = useStore.getState();
    expect(state.draft.fundingSources[1]!.limit).toBe(-5);
    expect(state.valid.file.fundingSources[1]!.limit).toBe(150000);
    // The step and the card say there is something to fix, in words.
    expect(screen.getByRole('tab', { name: /Funding sources/ })).toHaveTextContent('1 to fix');
  });

  it('shows a problem once: under its field when the field is on screen, in the card when not', () => {
    render(<PlanEditor />);
    fireEvent.click(screen.getByRole('tab', { name: /Cash flows/ }));
    const flows = useStore.getState().draft.cashFlows;
    const at = flows.findIndex((f) => f.frequency?.type === 'monthly');
    const flow = flows[at]!;
    // A monthly flow with a day of month out of range (its field is on screen) and the id of
    // another flow (no field shows an id: a hand-edited file).
    act(() => {
      useStore.getState().setField(['cashFlows', at, 'frequency', 'dayOfMonth'], 40);
      useStore.getState().setField(['cashFlows', at, 'id'], flows[0]!.id);
    });
    const item = card(new RegExp(`^${flow.name}`));
    const paths = useStore
      .getState()
      .issues.filter((i) => i.path.startsWith(`cashFlows[${at}]`))
      .map((i) => i.path);
    expect(paths).toContain(`cashFlows[${at}].frequency.dayOfMonth`);
    expect(paths).toContain(`cashFlows[${at}].id`);
    const dayOfMonth = within(item).getByLabelText('On day');
    expect(dayOfMonth).toHaveAttribute('aria-invalid', 'true');
    // The card's own list names only the id: the day of month is told under its field.
    const list = within(item).getByRole('alert');
    expect(within(list).getByText('id', { selector: 'code' })).toBeInTheDocument();
    expect(list).not.toHaveTextContent('frequency.dayOfMonth');
  });

  it('keeps half-typed numbers as typed and follows undo', () => {
    render(<PlanEditor />);
    openFunding();
    const jiebei = card(/^Jiebei/);
    fireEvent.click(within(jiebei).getByRole('button', { name: /^Jiebei/ }));
    const limit = within(jiebei).getByLabelText('Credit limit');
    fireEvent.change(limit, { target: { value: '12.' } });
    expect(limit).toHaveValue('12.');
    expect(useStore.getState().draft.fundingSources[1]!.limit).toBe(12);
    act(() => useStore.temporal.getState().undo());
    expect(limit).toHaveValue('150000');
  });

  it('adds a Jiebei source with its limit and rate empty and flagged; the rate typed reads annual first', () => {
    render(<PlanEditor />);
    openFunding();
    fireEvent.change(screen.getByLabelText('Kind of funding'), { target: { value: 'jiebei' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add source' }));

    const sources = useStore.getState().draft.fundingSources;
    const added = sources[sources.length - 1]!;
    expect(added.id).toMatch(/^source-[0-9a-f]{8}$/);
    // Nothing counts as credit the owner has not entered: limit and rate start empty, required.
    expect(added).toMatchObject({ kind: 'jiebei', limit: undefined, price: { type: 'daily' } });
    const index = sources.length - 1;
    const flagged = useStore.getState().issues.map((i) => `${i.path} ${i.code}`);
    expect(flagged).toContain(`fundingSources[${index}].limit required`);
    expect(flagged).toContain(`fundingSources[${index}].price.ratePercent required`);

    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('ed-card'));
    const fresh = cards[cards.length - 1]!;
    expect(within(fresh).getByLabelText('Price quoted as')).toHaveValue('daily');
    const daily = within(fresh).getByLabelText('Daily rate');
    expect(daily).toHaveValue('');
    // The unit beside the box may be typed too, as in the guided start.
    fireEvent.change(daily, { target: { value: '0.04%' } });
    expect(useStore.getState().draft.fundingSources[index]!.price).toMatchObject({
      ratePercent: 0.04,
    });
    const apr = within(fresh).getByText('14.6%');
    expect(apr.closest('p')).toHaveTextContent(/^Annual rate 14\.6%\s*\(simple\)/);
    // The annual rate comes before the daily rate in reading order.
    expect(apr.compareDocumentPosition(daily) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The default still says where it comes from, as a hint.
    const priceTip = within(fresh)
      .getAllByRole('tooltip')
      .find((t) => /0\.04% a day \(14\.6% a year\)/.test(t.textContent ?? ''));
    expect(priceTip).toHaveTextContent(/Grade: U/);
  });

  it('removes an item and brings it back with Undo', () => {
    render(<PlanEditor />);
    const yuebao = card(/^Yu'ebao/);
    fireEvent.click(within(yuebao).getByRole('button', { name: /^Remove/ }));
    expect(useStore.getState().draft.cashAccounts.map((a) => a.id)).toEqual(['alipay', 'cmb']);

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Removed “Yu’ebao”'.replace('’', "'"));
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));

    expect(useStore.getState().draft.cashAccounts.map((a) => a.id)).toEqual([
      'alipay',
      'yuebao',
      'cmb',
    ]);
    expect(screen.getByRole('button', { name: /^Yu'ebao/ })).toBeInTheDocument();
    expect(status).toBeEmptyDOMElement();
  });

  it('draws in the user order when asked, numbering every source', () => {
    render(<PlanEditor />);
    openFunding();
    const box = screen.getByRole('checkbox', { name: 'Use my order' });
    expect(box).toBeChecked(); // the sample gives Jiebei priority 1
    fireEvent.click(box);
    expect(
      useStore.getState().draft.fundingSources.every((s) => s.drawPriority === undefined),
    ).toBe(true);
    fireEvent.click(box);
    expect(useStore.getState().draft.fundingSources.map((s) => s.drawPriority)).toEqual([
      1, 2, 3, 4,
    ]);
    fireEvent.click(within(card(/^Jiebei/)).getByRole('button', { name: /^Move up/ }));
    expect(useStore.getState().draft.fundingSources.map((s) => [s.id, s.drawPriority])).toEqual([
      ['jiebei', 1],
      ['huabei', 2],
      ['card', 3],
      ['webank', 4],
    ]);
  });

  it('starts a blank plan step by step, in Chinese', () => {
    act(() => {
      useStore.getState().setLang('zh-CN');
      useStore.getState().startBlank('2026-12-01');
    });
    render(<PlanEditor />);
    expect(screen.getByRole('heading', { level: 2, name: '经营与融资方案' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^未命名/ })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /下一步：现金收支/ }));
    expect(screen.getByText('尚无流入：请添加销售回款或客户付款。')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '添加资金流入' }));
    const flow = useStore.getState().draft.cashFlows[0]!;
    expect(flow).toMatchObject({ direction: 'inflow', platformGroup: 'bank' });
    expect(flow.id).toMatch(/^flow-[0-9a-f]{8}$/);
    expect(screen.getByLabelText('每次金额')).toHaveValue('0');
    expect(useStore.getState().issues).toEqual([]);
  });

  it.each(['en', 'zh-CN'] as const)(
    'shows the unit of every number beside its box and reads it with the field (%s)',
    (lang) => {
      act(() => useStore.getState().setLang(lang));
      render(<PlanEditor />);
      let boxes = 0;
      for (const tab of screen.getAllByRole('tab').slice(0, 3)) {
        fireEvent.click(tab);
        const panel = screen.getByRole('tabpanel');
        for (const toggle of panel.querySelectorAll('.ed-card-toggle[aria-expanded="false"]'))
          fireEvent.click(toggle);
        for (const box of panel.querySelectorAll<HTMLInputElement>('input[inputmode]')) {
          boxes++;
          const label = box.labels?.[0]?.textContent ?? '';
          const unit = box.closest('.field-control')?.querySelector('.field-unit');
          expect(unit, label).toBeTruthy();
          // The unit sits beside the box, never in the label ("授信额度", not "授信额度（元）").
          expect(label).not.toMatch(/[（(](?:元|天|%|¥|days|months)[）)，,]?/);
          expect(box.getAttribute('aria-describedby')?.split(' '), label).toContain(unit!.id);
        }
      }
      // Business, profile, accounts, flows, every kind of price, fees, Huabei days, balances.
      expect(boxes).toBeGreaterThan(30);
    },
  );
});
