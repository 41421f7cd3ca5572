import { useId } from 'react';
import { CITATIONS, type Grade } from '../../engine/citations';
import { CITATIONS_ZH } from '../../i18n/messages/citations';
import { COMMON } from '../../i18n/messages/common';
import { useLang } from './useLang';

type Props = {
  /** Short text shown on hover and keyboard focus. */
  text?: string;
  grade?: Grade;
  citation?: keyof typeof CITATIONS;
  /** Accessible name of the trigger, e.g. "Where this number comes from". */
  label: string;
};

/**
 * An ⓘ button whose note (meaning, source and grade of a default) shows on hover and on focus,
 * so keyboard and screen-reader users get it too (aria-describedby).
 */
export function InfoTip({ text, grade, citation, label }: Props) {
  const id = useId();
  const m = COMMON[useLang()];
  const lang = useLang();
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const cite = citation
    ? lang === 'zh-CN'
      ? { ...CITATIONS[citation], ...CITATIONS_ZH[citation] }
      : CITATIONS[citation]
    : undefined;
  return (
    <span className="infotip">
      <button type="button" className="infotip-trigger" aria-label={label} aria-describedby={id}>
        <span aria-hidden="true">i</span>
      </button>
      <span role="tooltip" id={id} className="infotip-note">
        {text && <span className="infotip-text">{text}</span>}
        {cite && (
          <span className="infotip-source">
            {m.source}
            {colon}
            {cite.publisher}, {cite.title}
            {cite.date && !cite.date.startsWith('undated') ? ` (${cite.date})` : ''}
          </span>
        )}
        {grade && (
          <span className="infotip-grade">
            {m.gradeLabel}
            {colon}
            {grade} — {m.grade[grade]}
          </span>
        )}
      </span>
    </span>
  );
}
