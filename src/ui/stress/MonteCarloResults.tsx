import type { Plan } from '../../engine/model';
import { yuanFromFen } from '../../engine/money';
import { formatDays, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import type { MonteCarloMessages } from '../../i18n/messages/monteCarlo';
import type { Lang } from '../../i18n/lang';
import { binRows } from '../charts/monteCarloRows';
import { DistributionChart } from './DistributionChart';
import { FanChart } from './FanChart';
import type { MonteCarloResult } from './useMonteCarlo';
import { moneyAxisFormat } from '../charts/axisTicks';

/**
 * The outcome of one run, always introduced as holding "under these assumptions". The raw
 * percentiles (fen) sit in data attributes so a test can compare them with Node to the fen.
 */
export function MonteCarloResults({
  plan,
  result,
  stale,
  lang,
  m,
}: {
  plan: Plan;
  result: MonteCarloResult;
  stale: boolean;
  lang: Lang;
  m: MonteCarloMessages;
}) {
  const { summary: s, input } = result;
  const num = (x: number) => formatNumber(x, lang);
  const money = (fen: number) => formatMoney(yuanFromFen(fen), lang);
  const share =
    s.shortPaths > 0
      ? m.shortfallShare({
          short: num(s.shortPaths),
          paths: num(s.paths),
          share: formatPercent(s.shortfallShare * 100, lang),
        })
      : m.noShortfall({ paths: num(s.paths) });
  const sp = s.survivalDays.percentiles;
  const gp = s.deepestShortfall.percentiles;
  const dayRange = (lo: number, hi: number) =>
    lo === hi ? formatDays(lo, lang) : `${num(lo)}–${formatDays(hi, lang)}`;
  const moneyRange = (lo: number, hi: number) =>
    `${formatMoney(lo, lang)}–${formatMoney(hi, lang)}`;
  return (
    <section
      className={`mc-results${stale ? ' is-stale' : ''}`}
      aria-labelledby="mc-results-heading"
      data-testid="mc-results"
      data-paths={s.paths}
      data-seed={input.seed}
      data-shortfall-share={s.shortfallShare}
      data-cash-percentiles={JSON.stringify(s.cash)}
    >
      <h3 id="mc-results-heading" className="visually-hidden">
        {m.underTheseAssumptions}
      </h3>
      {stale && <p className="mc-stale">{m.stale}</p>}
      <p className="mc-share">
        <strong>{share}</strong>{' '}
        <span className="mc-run-info">
          ({m.runInfo({ paths: num(s.paths), seed: String(input.seed) })})
        </span>
      </p>
      <FanChart plan={plan} summary={s} lang={lang} m={m} />
      <div className="mc-distributions">
        {sp && gp ? (
          <>
            <DistributionChart
              title={m.survivalTitle}
              summary={m.survivalSummary({
                p5: formatDays(sp.p5, lang),
                p50: formatDays(sp.p50, lang),
                p95: formatDays(sp.p95, lang),
              })}
              rows={binRows(s.survivalDays.histogram, dayRange)}
              axisFormat={() => (v) => formatNumber(v, lang)}
              unit={m.survivalAxis}
              lang={lang}
              m={m}
            />
            <DistributionChart
              title={m.deepestTitle}
              summary={m.deepestSummary({
                p5: money(gp.p5),
                p50: money(gp.p50),
                p95: money(gp.p95),
              })}
              rows={binRows(s.deepestShortfall.histogram, moneyRange, 0.01)}
              axisFormat={(ticks) => moneyAxisFormat(ticks, lang)}
              unit={m.deepestAxis}
              lang={lang}
              m={m}
            />
          </>
        ) : (
          <p>{m.noShortPaths}</p>
        )}
      </div>
    </section>
  );
}
