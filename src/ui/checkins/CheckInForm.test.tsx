// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CHECK_INS } from '../../i18n/messages/checkIns';
import { UNITS } from '../../i18n/messages/units';
import { checkInFromPlan } from '../../io/checkInPlan';
import { exampleValid } from '../../io/exampleFixtures';
import { describeIssue } from '../../io/issueText';
import type { Lang } from '../../i18n/lang';
import { localName } from '../../i18n/localName';
import { CheckInForm } from './CheckInForm';

const { file } = exampleValid('online-shop');
const start = checkInFromPlan(file, 'ci-1', '2026-12-01');

function renderForm(lang: Lang) {
  const onSave = vi.fn();
  const m = CHECK_INS[lang];
  render(
    <CheckInForm start={start} title="t" m={m} lang={lang} onSave={onSave} onCancel={() => {}} />,
  );
  return { onSave, m, save: () => fireEvent.click(screen.getByRole('button', { name: m.save })) };
}

describe('the check-in form', () => {
  it.each(['en', 'zh-CN'] as const)(
    'shows the unit of every number beside its box and reads it with the field (%s)',
    (lang) => {
      renderForm(lang);
      const boxes = document.querySelectorAll<HTMLInputElement>('input[inputmode]');
      // Every cash account, and each line's limit and rate.
      expect(boxes).toHaveLength(start.cash.length + 2 * start.lines.length);
      for (const box of boxes) {
        const label = box.labels?.[0]?.textContent ?? '';
        const unit = box.closest('.field-control')?.querySelector('.field-unit');
        expect(unit, label).toBeTruthy();
        expect([UNITS[lang].yuan, UNITS[lang].perYear]).toContain(unit!.textContent);
        expect(label).not.toMatch(/[（(](?:元|天|%|¥|days|months)[）)，,]?/);
        expect(box.getAttribute('aria-describedby')?.split(' '), label).toContain(unit!.id);
      }
      for (const legend of document.querySelectorAll('legend'))
        expect(legend.textContent).not.toMatch(/[（(](?:元|%|¥)[）)]/);
    },
  );

  it('refuses a bad value with its own message under its box, and saves nothing', () => {
    const { onSave, m } = renderForm('zh-CN');
    const jiebei = screen.getByRole('group', { name: localName(start.lines[0]!.name, 'zh-CN') });
    const limit = within(jiebei).getByLabelText(m.limit);
    const rate = within(jiebei).getByLabelText(m.rate);
    fireEvent.change(limit, { target: { value: '-5' } });
    fireEvent.change(rate, { target: { value: '3.1234567%' } });
    // Nothing is flagged while typing, before a save is tried.
    expect(limit).not.toHaveAttribute('aria-invalid');

    fireEvent.click(screen.getByRole('button', { name: m.save }));

    expect(onSave).not.toHaveBeenCalled();
    const negative = describeIssue({ code: 'amount_negative' }, 'zh-CN');
    const decimals = describeIssue({ code: 'too_many_decimals', params: { maximum: 6 } }, 'zh-CN');
    expect(limit).toHaveAttribute('aria-invalid', 'true');
    expect(limit).toHaveAccessibleDescription(`${negative} ¥`);
    expect(limit.closest('.field')).toHaveTextContent(negative);
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(rate).toHaveAccessibleDescription(`${decimals} %/年 ${m.rateHint}`);
    // Each message under its own box only; the untouched boxes are not flagged.
    expect(screen.getAllByText(negative)).toHaveLength(1);
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
    expect(screen.getByRole('alert')).toHaveTextContent(m.invalid);
    expect(document.activeElement).toBe(limit);

    // Fixed, the message goes at once, and the check-in saves what was typed.
    fireEvent.change(limit, { target: { value: '10.5万' } });
    expect(limit).not.toHaveAttribute('aria-invalid');
    fireEvent.change(rate, { target: { value: '3.65%' } });
    fireEvent.click(screen.getByRole('button', { name: m.save }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0] as typeof start;
    expect(saved.lines[0]).toEqual({ ...start.lines[0], limit: 105000, annualRatePercent: 3.65 });
    expect(saved.cash).toEqual(start.cash);
  });

  it('refuses an empty required amount and one over ¥10 billion, each under its box', () => {
    const { onSave, m, save } = renderForm('en');
    const [first, second] = screen.getAllByRole('textbox').filter((b) => b.closest('fieldset'));
    fireEvent.change(first!, { target: { value: '' } });
    fireEvent.change(second!, { target: { value: '200亿' } });
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(first).toHaveAccessibleDescription(`${describeIssue({ code: 'required' }, 'en')} ¥`);
    expect(second).toHaveAccessibleDescription(
      `${describeIssue({ code: 'amount_too_large' }, 'en')} ¥`,
    );
    expect(m.invalid).not.toMatch(/¥0|2 decimals/);
  });
});
