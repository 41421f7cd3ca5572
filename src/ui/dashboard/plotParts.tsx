import { useId, useState, type PointerEvent, type ReactNode } from 'react';
import { DOMAIN } from '../../i18n/messages/domain';
import type { Lang } from '../../i18n/lang';
import { edgeAnchor } from '../charts/axisTicks';
import { dayTickInterval, labelWidth, type PlotBox } from '../charts/chartFrame';
import type { PlotScale } from '../charts/plotScale';
import { shadedEnd, type ShockWindow } from '../charts/shockWindows';
import { COLORS, DASH } from './chartStyle';
import { WindowLabel } from './WindowLabel';

/**
 * What the hand-drawn day-by-day plots (cash, credit headroom) share: grid, axes, shaded shock
 * windows, the pointer's day and where its tooltip sits. One way of drawing each, so the plots
 * line up with each other and read the same.
 */

/** Horizontal grid lines at the money ticks. */
function PlotGrid({
  box,
  ticks,
  y,
}: {
  box: PlotBox;
  ticks: readonly number[];
  y: (v: number) => number;
}) {
  return (
    <g className="plot-grid" stroke={COLORS.grid}>
      {ticks.map((v) => (
        <line key={v} x1={box.left} x2={box.right} y1={y(v)} y2={y(v)} />
      ))}
    </g>
  );
}

/**
 * The money axis (left) and the date axis (below), with their labels. Of the date ticks, every
 * n-th is labelled so that none overlap at this width (`dayTickInterval`).
 */
export function PlotAxes({
  box,
  scale,
  width,
  moneyTicks,
  moneyLabel,
  dateTicks,
  dayLabel,
}: {
  box: PlotBox;
  scale: PlotScale;
  width: number;
  moneyTicks: readonly number[];
  moneyLabel: (yuan: number) => string;
  dateTicks: readonly number[];
  dayLabel: (day: number) => string;
}) {
  const every = dayTickInterval(dateTicks.map(dayLabel), width) + 1;
  const days = dateTicks.filter((_, i) => i % every === 0);
  const { x, y } = scale;
  return (
    <g className="plot-axis" fill={COLORS.axis} fontSize={12}>
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.bottom} stroke={COLORS.axisLine} />
      {moneyTicks.map((v) => (
        <g key={v}>
          <line x1={box.left - 6} x2={box.left} y1={y(v)} y2={y(v)} stroke={COLORS.axisLine} />
          <text x={box.left - 8} y={y(v)} dy="0.355em" textAnchor="end">
            {moneyLabel(v)}
          </text>
        </g>
      ))}
      <line x1={box.left} x2={box.right} y1={box.bottom} y2={box.bottom} stroke={COLORS.axisLine} />
      {days.map((day) => {
        const label = dayLabel(day);
        return (
          <g key={day}>
            <line
              x1={x(day)}
              x2={x(day)}
              y1={box.bottom}
              y2={box.bottom + 6}
              stroke={COLORS.axisLine}
            />
            <text
              x={x(day)}
              y={box.bottom + 8}
              dy="0.71em"
              textAnchor={edgeAnchor(x(day), width, labelWidth(label))}
            >
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** A shock window as the plots draw it: its shaded span in chart x. */
type ShockSpan = { window: ShockWindow; key: string; left: number; width: number };

function shockSpans(windows: readonly ShockWindow[], x: (day: number) => number): ShockSpan[] {
  return windows.map((w) => ({
    window: w,
    key: `${w.from}-${w.to}`,
    left: x(w.from),
    width: x(shadedEnd(w)) - x(w.from),
  }));
}

/** The scenario's shock windows, shaded under the plot's lines. */
export function ShockBands({
  windows,
  box,
  x,
  opacity,
}: {
  windows: readonly ShockWindow[];
  box: PlotBox;
  x: (day: number) => number;
  opacity: number;
}) {
  return (
    <>
      {shockSpans(windows, x).map((s) => (
        <rect
          key={s.key}
          className="plot-shock-window"
          x={s.left}
          y={box.top}
          width={s.width}
          height={box.bottom - box.top}
          fill={COLORS.shock}
          fillOpacity={opacity}
          stroke={COLORS.shock}
          strokeOpacity={0.5}
          strokeDasharray={DASH.window}
        />
      ))}
    </>
  );
}

/** Each shock window's name, top-left inside it, drawn over the lines. */
export function ShockLabels({
  windows,
  box,
  x,
  lang,
}: {
  windows: readonly ShockWindow[];
  box: PlotBox;
  x: (day: number) => number;
  lang: Lang;
}) {
  const d = DOMAIN[lang];
  return (
    <>
      {shockSpans(windows, x).map((s, i) => (
        <WindowLabel
          key={s.key}
          text={s.window.types.map((t) => d.shockType[t]).join(' + ')}
          row={i}
          viewBox={{ x: s.left, y: box.top, width: s.width, height: box.bottom - box.top }}
        />
      ))}
    </>
  );
}

/**
 * The day under the pointer (null when it is outside the plot), and the SVG's handlers that
 * follow it. A mouse or pen shows the day it hovers. A finger shows the day it taps, on lifting,
 * and keeps it until the next tap: a finger that starts a scroll on the plot (the browser then
 * cancels the pointer) shows nothing, so scrolling past a plot on a phone leaves no tooltip behind.
 * `dayAt` maps a chart x to a day (`PlotScale.dayAt`, or `stepDayAt` on a step plot).
 */
export function usePlotPointer(
  width: number,
  height: number,
  box: PlotBox,
  dayAt: (px: number) => number,
) {
  const [hovered, setHovered] = useState<number | null>(null);
  const follow = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    // The SVG is drawn at `width` px; in print it may be scaled, so map through its real size.
    const px = ((e.clientX - r.left) / Math.max(1, r.width)) * width;
    const py = ((e.clientY - r.top) / Math.max(1, r.height)) * height;
    const inside = px >= box.left && px <= box.right && py >= box.top && py <= box.bottom;
    setHovered(inside ? dayAt(px) : null);
  };
  const notTouch = (handle: (e: PointerEvent<SVGSVGElement>) => void) => {
    return (e: PointerEvent<SVGSVGElement>) => {
      if (e.pointerType !== 'touch') handle(e);
    };
  };
  return {
    hovered,
    handlers: {
      onPointerMove: notTouch(follow),
      onPointerDown: notTouch(follow),
      onPointerUp: (e: PointerEvent<SVGSVGElement>) => {
        if (e.pointerType === 'touch') follow(e);
      },
      onPointerCancel: () => setHovered(null),
      onPointerLeave: notTouch(() => setHovered(null)),
    },
  };
}

/** The tooltip's width at its narrowest (CSS `.plot-tooltip` min-width) and its gap to the cursor. */
const TIP_MIN_PX = 220;
const TIP_GAP_PX = 12;

/**
 * Where a plot's tooltip sits: beside the cursor, on the side with more room, when it fits there;
 * otherwise across the top of the plot (a phone, or a narrow column), so it never runs off the
 * screen.
 */
export function tipPlacement(cursorX: number, width: number, top: number) {
  const roomRight = width - cursorX - TIP_GAP_PX;
  const roomLeft = cursorX - TIP_GAP_PX;
  if (Math.max(roomLeft, roomRight) < TIP_MIN_PX)
    return { className: 'plot-tip plot-tip-across', style: { top } };
  return {
    className: 'plot-tip',
    style:
      roomRight >= roomLeft
        ? { left: cursorX + TIP_GAP_PX, top, maxWidth: roomRight }
        : { right: width - cursorX + TIP_GAP_PX, top, maxWidth: roomLeft },
  };
}

/** The vertical line and the dots on each series at the pointer's day. */
export function PlotCursor({
  x,
  box,
  dots,
}: {
  x: number;
  box: PlotBox;
  dots: readonly { y: number; color: string }[];
}) {
  return (
    <g className="plot-cursor" pointerEvents="none">
      <line x1={x} x2={x} y1={box.top} y2={box.bottom} stroke={COLORS.axis} />
      {dots.map((dot, i) => (
        <circle key={i} cx={x} cy={dot.y} r={4} fill={dot.color} stroke="#fff" strokeWidth={2} />
      ))}
    </g>
  );
}

/** The plot area as a clip path, so bands and lines never spill over the axes. */
function PlotClip({ id, box }: { id: string; box: PlotBox }) {
  return (
    <defs>
      <clipPath id={id}>
        {/* A pixel above and below, so a line along the top or bottom edge is not cut in half. */}
        <rect
          x={box.left}
          y={box.top - 1}
          width={box.right - box.left}
          height={box.bottom - box.top + 2}
        />
      </clipPath>
    </defs>
  );
}

/**
 * A day-by-day plot's SVG, drawn at `width` × `height` px: the grid, then `clipped` (bands and
 * lines, cut to the plot area), then `children` on top (axes, labels, the cursor).
 */
export function PlotSurface({
  className,
  width,
  height,
  box,
  moneyTicks,
  y,
  handlers,
  clipped,
  children,
}: {
  className: string;
  width: number;
  height: number;
  box: PlotBox;
  moneyTicks: readonly number[];
  y: (yuan: number) => number;
  handlers: ReturnType<typeof usePlotPointer>['handlers'];
  clipped: ReactNode;
  children: ReactNode;
}) {
  const clipId = `day-plot-${useId().replace(/[^\w-]/g, '')}`;
  return (
    <svg
      className={`day-plot ${className}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      {...handlers}
    >
      <PlotClip id={clipId} box={box} />
      <PlotGrid box={box} ticks={moneyTicks} y={y} />
      <g clipPath={`url(#${clipId})`}>{clipped}</g>
      {children}
    </svg>
  );
}
