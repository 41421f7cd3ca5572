/**
 * Grid lines a recharts chart does not draw: recharts still works out their positions from the
 * axis ticks, measuring every label in the DOM, unless told there are none. (The day-by-day
 * plots are drawn by hand and share their parts in `plotParts.tsx`.)
 */
export const NO_LINES = (): number[] => [];
