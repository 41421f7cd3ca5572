import { describe, expect, it } from 'vitest';
import { LANGS } from '../../i18n/lang';
import type { ClientAlert } from '../../state/clientSession/sessionState';
import { alertView } from './clientAlertView';

const file = { name: '', businessName: '莲花茶馆 Lotus Tea House' };
const ALERTS: ClientAlert[] = [
  { kind: 'list_repaired', listed: 2, dropped: 1 },
  { kind: 'list_repaired', listed: 0, dropped: 0 },
  {
    kind: 'draft_repaired',
    id: 'c1',
    file,
    repaired: ['business.name', 'cashFlows[0]', 'a', 'b', 'c', 'd', 'e'],
    keptAs: 'corrupt.client.c1.t',
  },
  { kind: 'too_new', id: 'c2', file: { name: 'Client B', businessName: '' }, key: 'client.c2' },
  { kind: 'edit_kept', id: 'c3', file: { name: 'Lotus (this tab)', businessName: '' } },
];

describe('alertView', () => {
  it('names the file in the reader’s language and says what was repaired', () => {
    const view = alertView(ALERTS[2]!, 'en');
    expect(view.title).toBe('“Lotus Tea House”: the saved draft was damaged and has been repaired');
    expect(view.text).toContain('7 fields could not be read');
    expect(view.text).toContain('business.name, cashFlows[0], a, b, c and 2 more');
    expect(view.downloadFrom).toBe('corrupt.client.c1.t');
    expect(alertView(ALERTS[2]!, 'zh-CN').title).toBe('“莲花茶馆”保存的草稿已损坏，已修复');
  });

  it('tells the user to update for a file from a newer FundGap, and offers its plan file', () => {
    const view = alertView(ALERTS[3]!, 'en');
    expect(view.title).toBe('“Client B” was made by a newer version — update FundGap');
    expect(view.downloadFrom).toBe('client.c2');
    expect(alertView(ALERTS[3]!, 'zh-CN').title).toBe('“Client B”由更新版本创建——请更新 FundGap');
  });

  it('calls the whole draft by name, not by an empty path', () => {
    const whole: ClientAlert = {
      ...(ALERTS[2] as ClientAlert & { kind: 'draft_repaired' }),
      repaired: [''],
    };
    expect(alertView(whole, 'en').text).toContain(
      'One field could not be read and was taken from the last complete version of the plan, or left empty to fill in: the whole draft.',
    );
  });

  it('has words for every alert in both languages, and a key per file', () => {
    for (const lang of LANGS) {
      const views = ALERTS.map((a) => alertView(a, lang));
      for (const v of views) {
        expect(v.title).not.toMatch(/undefined|NaN|\{|\}/);
        expect(v.text).not.toMatch(/undefined|NaN/);
      }
      expect(new Set(views.map((v) => v.key)).size).toBe(ALERTS.length - 1);
    }
  });
});
