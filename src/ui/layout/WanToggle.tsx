import { useSyncExternalStore } from 'react';
import { DISPLAY } from '../../i18n/messages/display';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';

/**
 * "以万元显示": large amounts in cards and tables as ¥12.35万, remembered. Chinese only: English
 * has no 万, so the switch is not shown there. Drawn once the page runs, not in the prerendered
 * page: the reader's remembered choice is not known at build time, and hydration would keep the
 * build's tick.
 */
const noChange = () => () => {};

export function WanToggle() {
  const lang = useLang();
  const on = useStore((s) => s.wanDisplay);
  const setWanDisplay = useStore((s) => s.setWanDisplay);
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  if (lang !== 'zh-CN' || !inBrowser) return null;
  const m = DISPLAY[lang];
  return (
    <label className="wan-switch" title={m.wanHint}>
      <input type="checkbox" checked={on} onChange={(e) => setWanDisplay(e.target.checked)} />
      <span>{m.wan}</span>
    </label>
  );
}
