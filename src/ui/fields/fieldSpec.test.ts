import { describe, expect, it } from 'vitest';
import type { Issue } from '../../io/issues';
import {
  dateField,
  fieldGroup,
  listField,
  numberField,
  selectField,
  textField,
} from './fieldKinds';
import { fieldPath, issuesShownBy, showsIssueAt } from './fieldSpec';

const issue = (path: string): Issue => ({ path, code: 'amount_negative', message: '' });

describe('a form described once', () => {
  const price = fieldGroup(
    'price',
    [numberField('price.ratePercent', 'Rate'), numberField('price.months', 'Months')],
    (rows) => rows,
  );
  const fields = [
    textField('name', 'Name'),
    selectField('kind', 'Kind', { placeholder: '—', options: [{ value: 'bank', label: 'Bank' }] }),
    dateField('frequency.date', 'Date'),
    price,
    listField('outstanding', () => null),
  ];

  it('knows which problems its fields show, a group and a list included', () => {
    for (const shown of [
      'name',
      'kind',
      'frequency.date',
      'price.ratePercent',
      'price.months',
      'outstanding',
      'outstanding[0].principal',
    ])
      expect(showsIssueAt(fields, shown), shown).toBe(true);
  });

  it('leaves a problem of a field not on screen to the card (never accepted and ignored)', () => {
    for (const hidden of ['id', 'frequency.weekday', 'price.type', 'price', 'outstandingNote'])
      expect(showsIssueAt(fields, hidden), hidden).toBe(false);
  });

  it('gives a guided step the problems its own fields must see fixed', () => {
    const issues = [
      issue('cashFlows[2].name'),
      issue('cashFlows[2].frequency.weekday'),
      issue('cashFlows[12].name'),
      issue('cashFlows[2].outstanding[1].nextDueDate'),
      issue('business.name'),
    ];
    expect(issuesShownBy(fields, issues, ['cashFlows', 2]).map((i) => i.path)).toEqual([
      'cashFlows[2].name',
      'cashFlows[2].outstanding[1].nextDueDate',
    ]);
  });

  it('puts a dotted key below the form’s base', () => {
    expect(fieldPath(['cashFlows', 2], 'frequency.type')).toEqual([
      'cashFlows',
      2,
      'frequency',
      'type',
    ]);
  });
});
