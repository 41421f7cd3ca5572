import type { LabelProps } from 'recharts';

type Props = {
  text: string;
  /** Where the text sits against the element it labels (the subset of recharts' positions used here). */
  position: 'insideBottomRight' | 'right' | 'left';
  fill: string;
  fontWeight?: number;
} & Pick<LabelProps, 'viewBox'>;

const GAP = 6;

/**
 * A one-line chart label as plain SVG text. recharts' own label measures each word in the DOM to
 * wrap it (a forced page layout per word) whenever its text changes, i.e. on every edit; these
 * labels never wrap.
 */
export function PlainLabel({ text, position, fill, fontWeight, viewBox }: Props) {
  if (!viewBox || !('x' in viewBox) || viewBox.x === undefined || viewBox.y === undefined)
    return null;
  const width = viewBox.width ?? 0;
  const height = viewBox.height ?? 0;
  const at =
    position === 'insideBottomRight'
      ? {
          x: viewBox.x + width - GAP,
          y: viewBox.y + height - GAP,
          anchor: 'end' as const,
          dy: undefined,
        }
      : position === 'right'
        ? {
            x: viewBox.x + width + GAP,
            y: viewBox.y + height / 2,
            anchor: 'start' as const,
            dy: '0.355em',
          }
        : { x: viewBox.x - GAP, y: viewBox.y + height / 2, anchor: 'end' as const, dy: '0.355em' };
  return (
    <text
      x={at.x}
      y={at.y}
      dy={at.dy}
      textAnchor={at.anchor}
      fill={fill}
      fontSize={12}
      fontWeight={fontWeight}
    >
      {text}
    </text>
  );
}
