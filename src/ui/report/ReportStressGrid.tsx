import { useMemo } from 'react';
import { referenceDay } from '../../engine/metrics';
import { stressGrid } from '../../engine/reverseStress';
import { formatDays, formatPercent } from '../../i18n/format';
import type { ReportMessages } from '../../i18n/messages/report';
import type { Lang } from '../../i18n/lang';
import { scenarioDisplayName } from '../headline/headlineParts';
import type { ReportData } from './useReportData';

/** A compact grid that fits a portrait A4 page: 8 outage lengths × 6 cuts (48 runs). */
const DURATIONS = [1, 3, 7, 14, 30, 60, 90, 180];
const CUTS = [0, 20, 40, 60, 80, 100];

/**
 * The reverse-stress grid for paper: outage length × permanent limit cut, each cell a symbol
 * (✓ gets through, ✗ runs short) and the days it lasts, so it reads in black and white too.
 */
export function ReportStressGrid({
  data,
  lang,
  r,
}: {
  data: ReportData;
  lang: Lang;
  r: ReportMessages;
}) {
  const { plan, scenario } = data;
  const grid = useMemo(() => {
    const n = plan.business.horizonDays;
    const room = n - referenceDay(scenario, n);
    const durations = DURATIONS.filter((x) => x <= room);
    return stressGrid(plan, scenario, durations.length > 0 ? durations : [1], CUTS);
  }, [plan, scenario]);

  return (
    <section className="report-page" aria-labelledby="report-stress-title">
      <h2 id="report-stress-title">{r.stressTitle}</h2>
      <p className="report-muted">{r.stressIntro(scenarioDisplayName(scenario, lang))}</p>
      <table className="data report-table report-grid">
        <caption className="visually-hidden">{r.stressCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{r.stressCorner}</th>
            {grid.cuts.map((c) => (
              <th key={c} scope="col" className="num">
                {c === 0 ? formatPercent(0, lang, 0) : `−${formatPercent(c, lang, 0)}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.cells.map((row, i) => (
            <tr key={grid.durations[i]}>
              <th scope="row">{formatDays(grid.durations[i]!, lang)}</th>
              {row.map((cell) => (
                <td key={cell.cutPercent} className={cell.survives ? 'grid-ok' : 'grid-short'}>
                  <span aria-hidden="true">{cell.survives ? '✓' : '✗'}</span>{' '}
                  {cell.survives ? (
                    <span className="visually-hidden">{r.survives}</span>
                  ) : (
                    <>
                      <span className="visually-hidden">{r.shortAfter}</span>
                      {formatDays(cell.survivalDays ?? 0, lang)}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
