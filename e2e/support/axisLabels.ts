import { expect, type Locator } from '@playwright/test';

/** One SVG text label as drawn: its words, its box on screen and its rendered font size. */
export type AxisLabel = { text: string; x: number; y: number; w: number; h: number; px: number };

/** The visible `<text>` labels inside `chart`, measured on screen. */
export async function axisLabels(chart: Locator): Promise<AxisLabel[]> {
  return chart.locator('svg text').evaluateAll((nodes) =>
    nodes
      .map((n) => {
        const r = n.getBoundingClientRect();
        // Rendered size: the CSS font size times the SVG's scale on screen.
        const svg = (n as SVGTextElement).ownerSVGElement!;
        const vb = svg.viewBox.baseVal as DOMRect | null;
        const scale = vb && vb.width > 0 ? svg.getBoundingClientRect().width / vb.width : 1;
        const px = parseFloat(getComputedStyle(n).fontSize) * scale;
        return { text: n.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height, px };
      })
      .filter((l) => l.text.trim() !== '' && l.w > 0),
  );
}

/**
 * Item 10 of issue 15: a chart's labels (those `only` keeps) are readable (≥ 11 px on screen),
 * never "-¥0", and no two of them overlap.
 */
export async function expectReadableAxes(
  chart: Locator,
  name: string,
  only: (text: string) => boolean = () => true,
): Promise<AxisLabel[]> {
  const labels = (await axisLabels(chart)).filter((l) => only(l.text));
  expect(labels.length, `${name}: labels drawn`).toBeGreaterThan(2);
  for (const l of labels) {
    expect(l.px, `${name}: "${l.text}" font size`).toBeGreaterThanOrEqual(11);
    expect(l.text, `${name}: no negative zero`).not.toMatch(/^-¥0$|^-¥0[^.\d]/);
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      const overlap =
        a.x < b.x + b.w - 0.5 &&
        b.x < a.x + a.w - 0.5 &&
        a.y < b.y + b.h - 0.5 &&
        b.y < a.y + a.h - 0.5;
      expect(overlap, `${name}: "${a.text}" overlaps "${b.text}"`).toBe(false);
    }
  }
  return labels;
}

/** The money labels of one axis share one unit: all "K", all "万", or all plain yuan (zero aside). */
export function expectOneMoneyUnit(labels: readonly AxisLabel[], name: string): void {
  const units = new Set(
    labels
      .map((l) => l.text)
      .filter((t) => /^-?¥[\d.,]+\D*$/.test(t) && t !== '¥0')
      .map((t) => t.replace(/[-¥\d.,\s]/g, '')),
  );
  expect([...units].length, `${name}: money units ${[...units].join(' ')}`).toBeLessThanOrEqual(1);
}
