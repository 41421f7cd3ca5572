import type { ConfidenceLevel } from './transactions';

/** The review's three bands: high from 0.75, medium from 0.5 (docs/import.md). */
export const levelOf = (c: number): ConfidenceLevel =>
  c >= 0.75 ? 'high' : c >= 0.5 ? 'medium' : 'low';
