/**
 * Chart colours and dash patterns. Colours mirror the global tokens (SVG attributes cannot read
 * CSS variables everywhere); dashes carry the meaning colour alone must not.
 */
export const COLORS = {
  ink: '#1c2430',
  axis: '#4a5565',
  axisLine: '#8a94a3',
  grid: '#e5e9ef',
  baseline: '#1f5fa8',
  stressed: '#b4411a',
  gap: '#d92d20',
  gapText: '#b42318',
  shock: '#6b7280',
  ant: '#b4411a',
  other: '#1f5fa8',
  /** Credit still usable, stacked on the cash of the run with the outage. */
  credit: '#0e7c86',
} as const;

/** The cash chart's stacked parts: cash darker than the credit still usable above it. */
export const BAND_OPACITY = { cash: 0.16, credit: 0.22 } as const;

export const DASH = {
  baseline: '7 4',
  buffer: '2 3',
  window: '4 3',
} as const;

/** The "with this change" line: dotted, in the brand colour, drawn over the other two. */
export const WHAT_IF_STYLE = { color: '#0e6e66', dash: '1 5' } as const;

export const CHART_HEIGHT = { cash: 320, headroom: 260, mix: 220 } as const;

/** Distinct colours for stacked sources, each ≥ 3:1 against white, paired with a stroke pattern. */
export const SOURCE_PALETTE = [
  { color: '#b4411a', dash: undefined },
  { color: '#1f5fa8', dash: '6 3' },
  { color: '#17663a', dash: '2 2' },
  { color: '#7b3fa0', dash: '8 2 2 2' },
  { color: '#8a4b00', dash: '4 4' },
  { color: '#0e6e66', dash: '1 3' },
  { color: '#b42367', dash: '10 3' },
  { color: '#4a5565', dash: '3 1' },
  { color: '#a16207', dash: '12 4 2 4' },
  { color: '#5c6f00', dash: '5 2 1 2' },
] as const;

/** Colour and stroke pattern of the i-th stacked source. */
export function paletteOf(i: number): (typeof SOURCE_PALETTE)[number] {
  return SOURCE_PALETTE[i % SOURCE_PALETTE.length]!;
}
