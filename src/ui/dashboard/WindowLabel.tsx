/** The name of a shock window, top-left inside it; `row` stacks labels of windows that start together. */
export function WindowLabel({
  text,
  row,
  viewBox,
}: {
  text: string;
  row: number;
  viewBox: { x: number; y: number; width: number; height: number };
}) {
  return (
    <text
      x={viewBox.x + 6}
      y={viewBox.y + 16 + row * 16}
      fill="#374151"
      fontSize={12}
      fontWeight={600}
    >
      {text}
    </text>
  );
}
