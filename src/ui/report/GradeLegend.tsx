import type { Lang } from '../../i18n/lang';
import { REPORT_HANDOVER } from '../../i18n/messages/reportHandover';

/** What the grade letters printed beside defaults mean, in words. */
export function GradeLegend({ lang }: { lang: Lang }) {
  const h = REPORT_HANDOVER[lang];
  return (
    <div className="report-grade-legend report-keep">
      <p className="report-legend-title">{h.gradeLegendTitle}</p>
      <dl aria-label={h.gradeLegendTitle}>
        {h.gradeLegend.map((g) => (
          <div key={g.code}>
            <dt>{g.code}</dt>
            <dd>{g.words}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
