import { describe, expect, it } from 'vitest';
import type { BookRow } from '../../engine/book';
import { BOOK } from '../../i18n/messages/book';
import { csvCells, lineCells, statusOf, visibleLines, type BookLine } from './bookTableModel';

const m = BOOK.en;
const row = (over: Partial<BookRow>): BookRow => ({
  client: 'x',
  scenarioId: 'risk_control_freeze_30d',
  survivalDays: null,
  cashZeroDate: null,
  deepestShortfall: 0,
  antGroupShare: 40,
  breakEvenOutageDays: null,
  ...over,
});
const line = (name: string, over: Partial<BookRow> | null | 'unreadable'): BookLine => ({
  id: name,
  name,
  result:
    over === null
      ? null
      : over === 'unreadable'
        ? { ok: false, problem: 'unreadable' }
        : {
            ok: true,
            row: row(over),
            scenarioName: 'Risk-control freeze (30 days)',
            lastCheckIn: null,
          },
});

// Short in 5 days (risk), in 60 (watch), never (ok), unreadable, and one still being worked on.
const lines = [
  line('Delta', { survivalDays: 60, cashZeroDate: '2027-01-30', deepestShortfall: 1200 }),
  line('alpha', {}),
  line('Bravo', { survivalDays: 5, cashZeroDate: '2026-12-06', deepestShortfall: 34_000.5 }),
  line('Echo', 'unreadable'),
  line('Charlie', { survivalDays: 5, cashZeroDate: '2026-12-06', deepestShortfall: 90_000 }),
  line('Foxtrot', null),
];
const names = (ls: BookLine[]) => ls.map((l) => l.name);
const opts = { search: '', onlyGap: false, lang: 'en' as const };

describe('book table model', () => {
  it('says each client’s verdict the way the survival card does', () => {
    expect(lines.map(statusOf)).toEqual(['watch', 'ok', 'risk', 'problem', 'risk', 'pending']);
  });

  it('puts the most urgent first: soonest short, then deepest gap', () => {
    const sorted = visibleLines(lines, { ...opts, sort: { key: 'status', descending: false } });
    expect(names(sorted)).toEqual(['Charlie', 'Bravo', 'Delta', 'alpha', 'Echo', 'Foxtrot']);
  });

  it('sorts by a column either way, "never short" after every real value and missing rows last', () => {
    const up = visibleLines(lines, { ...opts, sort: { key: 'survival', descending: false } });
    expect(names(up)).toEqual(['Charlie', 'Bravo', 'Delta', 'alpha', 'Echo', 'Foxtrot']);
    const down = visibleLines(lines, { ...opts, sort: { key: 'deepest', descending: true } });
    expect(names(down).slice(0, 3)).toEqual(['Charlie', 'Bravo', 'Delta']);
    expect(names(down).slice(-2).sort()).toEqual(['Echo', 'Foxtrot']);
    const byName = visibleLines(lines, { ...opts, sort: { key: 'client', descending: false } });
    expect(names(byName)).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot']);
  });

  it('filters by name (any case) and to clients with a gap', () => {
    const sort = { key: 'client' as const, descending: false };
    expect(names(visibleLines(lines, { ...opts, sort, search: ' ALP ' }))).toEqual(['alpha']);
    expect(names(visibleLines(lines, { ...opts, sort, onlyGap: true }))).toEqual([
      'Bravo',
      'Charlie',
      'Delta',
    ]);
  });

  it('gives every number its unit, and words where there is no number', () => {
    expect(lineCells(lines[2]!, m, 'en', null)).toEqual({
      status: 'Risk',
      survival: '5 days',
      firstShort: 'Dec 6, 2026',
      deepest: '¥34,001',
      antShare: '40%',
      breakEven: '—',
      lastCheckIn: 'Not recorded',
      note: '',
    });
    const zh = lineCells(lines[2]!, BOOK['zh-CN'], 'zh-CN', (id) => `预设 ${id}`);
    expect(zh).toMatchObject({
      status: '风险',
      survival: '5 天',
      firstShort: '2026年12月6日',
      lastCheckIn: '未记录',
      note: '情景：预设 risk_control_freeze_30d',
    });
    expect(lineCells(lines[1]!, m, 'en', null)).toMatchObject({
      status: 'No gap',
      survival: 'No gap',
      firstShort: 'No gap',
      deepest: '¥0',
    });
    expect(lineCells(line('Z', { breakEvenOutageDays: 0 }), m, 'en', null).breakEven).toBe(
      'Any length',
    );
    expect(lineCells(lines[3]!, m, 'en', null)).toMatchObject({
      status: 'Not tested',
      survival: '—',
      note: m.unreadable,
    });
  });

  it('writes CSV cells a spreadsheet reads as numbers, units in the headers', () => {
    const { fields, data } = csvCells(
      lines.slice(2, 4),
      m,
      'Risk-control freeze (30 days)',
      (_, n) => n,
    );
    expect(fields).toEqual([
      'Client',
      'Scenario',
      'Status',
      'Survival (days)',
      'First short day',
      'Deepest gap (CNY)',
      'Ant group share (%)',
      'Break-even outage (days)',
      'Last check-in',
    ]);
    expect(data).toEqual([
      [
        'Bravo',
        'Risk-control freeze (30 days)',
        'Risk',
        '5',
        '2026-12-06',
        '34000.50',
        '40.0',
        '',
        '',
      ],
      ['Echo', 'Risk-control freeze (30 days)', 'Not tested', '', '', '', '', '', ''],
    ]);
  });
});
