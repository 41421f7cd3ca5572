import type { ReactNode } from 'react';

/**
 * The shape of a verdict, so it never rests on colour alone: a tick in a circle (fine), "!" in a
 * triangle (a warning), a cross in an octagon (at risk), "i" in a circle (nothing to judge yet).
 * Drawn in a 20-unit box in `currentColor`; the caller's class sets the colour.
 */
export type VerdictShape = 'tick' | 'warning' | 'cross' | 'info';

export function VerdictIcon({
  shape,
  size,
  className,
}: {
  shape: VerdictShape;
  size: number;
  className?: string;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden
      focusable={false}
      className={className}
    >
      {GLYPHS[shape]}
    </svg>
  );
}

const mark = { stroke: '#fff', strokeWidth: 2.2, strokeLinecap: 'round', fill: 'none' } as const;

const GLYPHS: Record<VerdictShape, ReactNode> = {
  tick: (
    <>
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M5.5 10.5l3 3 6-6.5" strokeLinejoin="round" {...mark} />
    </>
  ),
  warning: (
    <>
      <path d="M10 1.5l9 16.5H1z" fill="currentColor" />
      <path d="M10 7v5.5" {...mark} />
      <circle cx="10" cy="15.3" r="1.3" fill="#fff" />
    </>
  ),
  cross: (
    <>
      <path d="M6.4 1.2h7.2l5.2 5.2v7.2l-5.2 5.2H6.4l-5.2-5.2V6.4z" fill="currentColor" />
      <path d="M6.9 6.9l6.2 6.2m0-6.2l-6.2 6.2" {...mark} />
    </>
  ),
  info: (
    <>
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M10 9v5" {...mark} />
      <circle cx="10" cy="6" r="1.3" fill="#fff" />
    </>
  ),
};
