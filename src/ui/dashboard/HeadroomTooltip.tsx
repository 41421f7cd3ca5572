import { formatDate, formatMoney } from '../../i18n/format';
import { DASHBOARD } from '../../i18n/messages/dashboard';
import { localName } from '../../i18n/localName';
import type { Lang } from '../../i18n/lang';
import { headroomTip } from '../charts/headroomPaths';
import type { HeadroomRow, HeadroomSeries } from '../charts/headroomRows';
import { Swatch } from './ChartLegend';
import { paletteOf } from './chartStyle';

type Props = { row: HeadroomRow; series: readonly HeadroomSeries[]; lang: Lang };

/**
 * The hovered day of the headroom plot: what each source still lends, top of the stack first so
 * the list reads as the picture does, and the total.
 */
export function HeadroomTooltip({ row, series, lang }: Props) {
  const m = DASHBOARD[lang].headroom;
  const tip = headroomTip(row, series);
  return (
    <div className="plot-tooltip">
      <p className="plot-tooltip-date">{formatDate(row.date, lang)}</p>
      <dl>
        {tip.sources.map((s) => (
          <div key={s.key}>
            <dt>
              <Swatch
                swatch={{
                  type: 'band',
                  color: paletteOf(s.index).color,
                  dash: paletteOf(s.index).dash,
                  opacity: 0.28,
                }}
              />{' '}
              {localName(s.name, lang)}
            </dt>
            <dd>{formatMoney(s.yuan, lang)}</dd>
          </div>
        ))}
        <div className="tt-total">
          <dt>{m.total}</dt>
          <dd>{formatMoney(tip.total, lang)}</dd>
        </div>
      </dl>
    </div>
  );
}
