import type { Unavailable as Item } from '../../engine/advice';
import type { AdviceMessages } from '../../i18n/messages/advice';
import { ACTION_TEXT } from '../../i18n/messages/adviceActions';
import { WHAT_IF } from '../../i18n/messages/adviceWhatIf';
import type { Lang } from '../../i18n/lang';

type Props = { items: Item[]; lang: Lang; m: AdviceMessages };

/** Channels this business cannot use, greyed, each with the reason: so the owner knows why. */
export function Unavailable({ items, lang, m }: Props) {
  const a = ACTION_TEXT[lang];
  const sep = lang === 'zh-CN' ? '；' : '; ';
  return (
    <details className="advice-unavailable">
      <summary>{m.unavailableTitle({ count: String(items.length) })}</summary>
      <p className="field-hint">{m.unavailableIntro}</p>
      <ul>
        {items.map((u) => (
          <li key={u.action} className="is-unavailable">
            <strong>{WHAT_IF[lang].actionName[u.action]}</strong>
            {lang === 'zh-CN' ? '：' : ': '}
            {u.reasons.map((r) => a.reason[r]).join(sep)}
          </li>
        ))}
      </ul>
    </details>
  );
}
