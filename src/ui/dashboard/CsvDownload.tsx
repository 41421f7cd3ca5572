import type { Analysis } from '../../engine/analyze';
import type { Plan } from '../../engine/model';
import { CSV } from '../../i18n/messages/csv';
import { useLang } from '../common/useLang';
import { downloadText } from '../common/downloadText';

/**
 * "Download CSV" beside the cash chart's table toggle: the daily projection of both runs. The
 * CSV writer (and papaparse) loads on the click, not with the page.
 */
export function CsvDownload({ plan, analysis }: { plan: Plan; analysis: Analysis }) {
  const m = CSV[useLang()];
  const download = async () => {
    const { projectionCsv, UTF8_BOM } = await import('../../io/projectionCsv');
    const text = projectionCsv(
      plan,
      analysis.baseline.projection,
      analysis.stressed.projection,
      m.columns,
    );
    downloadText(
      `${m.fileName}-${plan.business.startDate}.csv`,
      UTF8_BOM + text,
      'text/csv;charset=utf-8',
    );
  };
  return (
    <button
      type="button"
      className="link-button csv-download"
      title={m.downloadHint}
      onClick={() => void download()}
    >
      {/* Drawn, not a ⤓ glyph: few fonts have one, and looking for it cost the first screen a
          font-fallback search on every phone. */}
      <svg
        className="csv-download-icon"
        aria-hidden="true"
        width="14"
        height="14"
        viewBox="0 0 14 14"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M7 1.5v7.5M3.8 6 7 9.2 10.2 6M2 12.5h10" />
      </svg>
      {m.download}
    </button>
  );
}
