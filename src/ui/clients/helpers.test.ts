// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { planFileName } from './download';
import { scenarioFor } from './scenarioFor';
import { historyCommand, isTextEditing } from './useUndoShortcuts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undo shortcuts', () => {
  it('maps Ctrl/⌘+Z to undo, with Shift or Ctrl+Y to redo, and nothing else', () => {
    expect(historyCommand(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommand(key('z', { metaKey: true }))).toBe('undo');
    expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('y', { ctrlKey: true }))).toBe('redo');
    expect(historyCommand(key('z'))).toBeNull();
    expect(historyCommand(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyCommand(key('s', { ctrlKey: true }))).toBeNull();
  });

  it('leaves Ctrl+Z to text fields, and takes it on buttons, selects and checkboxes', () => {
    const make = (tag: string, type?: string) => {
      const el = document.createElement(tag);
      if (type) el.setAttribute('type', type);
      return el;
    };
    expect(isTextEditing(make('input', 'text'))).toBe(true);
    expect(isTextEditing(make('input', 'number'))).toBe(true);
    expect(isTextEditing(make('input'))).toBe(true);
    expect(isTextEditing(make('textarea'))).toBe(true);
    expect(isTextEditing(make('input', 'checkbox'))).toBe(false);
    expect(isTextEditing(make('select'))).toBe(false);
    expect(isTextEditing(make('button'))).toBe(false);
    expect(isTextEditing(null)).toBe(false);
  });
});

describe('file helpers', () => {
  it('names exported files after the business, without characters file systems refuse', () => {
    expect(planFileName('青山服饰 / Taobao')).toBe('青山服饰-Taobao.fundgap.json');
    expect(planFileName('A:B*C?')).toBe('A-B-C.fundgap.json');
    expect(planFileName('   ')).toBe('plan.fundgap.json');
  });

  it('keeps the selected scenario when the new plan still has it, else the default', () => {
    expect(scenarioFor({ scenarios: [] }, 'limit_cut_50')).toBe('limit_cut_50');
    expect(scenarioFor({ scenarios: [] }, 'my-own')).toBe('risk_control_freeze_30d');
  });
});
