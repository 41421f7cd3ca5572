// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/lang';
import { ADVICE } from '../../i18n/messages/advice';
import { UNITS } from '../../i18n/messages/units';
import { describeIssue } from '../../io/issueText';
import { useStore } from '../../state/store';
import { LeverFields } from './LeverFields';

const initial = useStore.getState();
beforeEach(() => {
  act(() => useStore.setState(initial, true));
});

const ASSUMPTIONS = { ownerDrawCut: 0.5, ownerDrawMonths: 3, supplierTermsDays: 30 };

function show(lang: Lang) {
  act(() => useStore.getState().setLang(lang));
  render(<LeverFields assumptions={ASSUMPTIONS} lang={lang} m={ADVICE[lang]} />);
}

describe('a lever’s assumptions on the advice card', () => {
  it.each(['en', 'zh-CN'] as const)(
    'show the unit of every number beside its box and read it with the field (%s)',
    (lang) => {
      show(lang);
      const boxes = document.querySelectorAll<HTMLInputElement>('.lever-grid input');
      expect(boxes).toHaveLength(3);
      const units = [...boxes].map((box) => {
        const label = box.labels?.[0]?.textContent ?? '';
        expect(label).not.toMatch(/[（(](?:元|天|%|¥|days|months|订单金额的%)[）)，,]?/);
        const unit = box.closest('.field-control')?.querySelector('.field-unit');
        expect(unit, label).toBeTruthy();
        expect(box.getAttribute('aria-describedby')?.split(' '), label).toContain(unit!.id);
        expect(box.inputMode, label).toBe('numeric');
        return unit!.textContent;
      });
      const u = UNITS[lang];
      expect(units).toEqual([u.percent, u.months, u.days]);
      // The values the advice used: a share as a percentage.
      expect([...boxes].map((b) => b.value)).toEqual(['50', '3', '30']);
    },
  );

  it('refuses a value the plan cannot hold under its box; a good one goes into the plan', () => {
    show('en');
    const terms = screen.getByLabelText(ADVICE.en.lever.supplierTermsDays);
    fireEvent.change(terms, { target: { value: '400' } });
    const message = describeIssue(
      { code: 'out_of_range', params: { minimum: 1, maximum: 180 } },
      'en',
    );
    expect(terms).toHaveAttribute('aria-invalid', 'true');
    expect(terms).toHaveAccessibleDescription(`${message} days`);
    expect(useStore.getState().valid.file.leverAssumptions?.supplierTermsDays).not.toBe(400);

    fireEvent.change(terms, { target: { value: '45' } });
    expect(terms).not.toHaveAttribute('aria-invalid');
    const cut = screen.getByLabelText(ADVICE.en.lever.ownerDrawCut);
    fireEvent.change(cut, { target: { value: '40%' } });
    expect(useStore.getState().valid.file.leverAssumptions).toMatchObject({
      supplierTermsDays: 45,
      ownerDrawCutPercent: 40,
    });
  });
});
