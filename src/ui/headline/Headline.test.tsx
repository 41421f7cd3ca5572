// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { formatMoney } from '../../i18n/format';
import { scenarioById } from '../../state/scenarioSlice';
import { useStore } from '../../state/store';
import { resetStore } from '../scenario/testStore';
import { Headline } from './Headline';

beforeEach(resetStore);

const engineResult = () => {
  const { valid, scenarioId } = useStore.getState();
  return analyze(valid.plan, scenarioById(scenarioId, valid.scenarios)).stressed.metrics;
};

describe('Headline', () => {
  it('states the default sample’s deepest gap in ¥ and its survival days, as the page’s h1', () => {
    render(<Headline />);
    const m = engineResult();
    expect(m.survivalDays).not.toBeNull();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(formatMoney(m.deepestShortfall, 'en'));
    expect(h1).toHaveTextContent(`you survive ${m.survivalDays} days`);
    expect(h1.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByText('Survival days').nextElementSibling).toHaveTextContent(
      `${m.survivalDays} days`,
    );
    expect(screen.getByText('Risk-control freeze (30 days)')).toBeInTheDocument();
  });

  it('follows the language', () => {
    render(<Headline />);
    act(() => useStore.getState().setLang('zh-CN'));
    const m = engineResult();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent(`可支撑${m.survivalDays}天`);
    expect(h1).toHaveTextContent('青山服饰');
    expect(h1).not.toHaveTextContent('Qingshan');
  });

  it('says when the plan has entries that do not validate, so the answer is not taken as current', async () => {
    // The owner walk: horizon 10 days and a negative buffer, each refused next to its field, while
    // the answer still read "可以撑过 … 测算期365 天内" with no sign it was the old plan's.
    render(<Headline />);
    const horizon = useStore.getState().draft.business.horizonDays;
    act(() => useStore.getState().setField(['business', 'horizonDays'], 10));
    const note = await screen.findByText(/One entry in your plan needs fixing/);
    expect(note).toHaveTextContent('these figures are from your last complete plan');
    expect(screen.getByRole('link', { name: 'Show me in Plan' })).toHaveAttribute('href', '#/plan');
    act(() => useStore.getState().setField(['business', 'horizonDays'], horizon));
    await waitFor(() => expect(screen.queryByText(/needs fixing/)).toBeNull());
  });
});
