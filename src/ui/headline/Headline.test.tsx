// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
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
});
