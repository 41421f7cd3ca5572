/** How a legend entry is drawn: a line (solid/dashed/dotted), a filled band, or a shaded window. */
export type LegendSwatch =
  | { type: 'line'; color: string; dash?: string; width?: number }
  | { type: 'band'; color: string; opacity?: number; dash?: string };

export type LegendItem = { label: string; swatch: LegendSwatch };

/** The small picture of one series: its stroke pattern or its band. */
export function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.type === 'line') {
    return (
      <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
        <line
          x1="1"
          y1="6"
          x2="27"
          y2="6"
          stroke={swatch.color}
          strokeWidth={swatch.width ?? 2.5}
          strokeDasharray={swatch.dash}
        />
      </svg>
    );
  }
  return (
    <svg width="20" height="14" viewBox="0 0 20 14" aria-hidden="true" focusable="false">
      <rect
        x="1"
        y="1"
        width="18"
        height="12"
        rx="2"
        fill={swatch.color}
        fillOpacity={swatch.opacity ?? 0.35}
        stroke={swatch.color}
        strokeDasharray={swatch.dash}
      />
    </svg>
  );
}

/**
 * An HTML legend above a chart: each entry draws the exact stroke pattern of its series, so
 * lines can be told apart without colour.
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <Swatch swatch={item.swatch} />
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
