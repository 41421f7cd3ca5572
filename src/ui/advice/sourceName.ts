import { ACTION_KINDS, type ActionKind } from '../../engine/advice';

const isActionKind = (x: string): x is ActionKind =>
  (ACTION_KINDS as readonly string[]).includes(x);

/**
 * The name a kept suggestion's new funding source (or cash flow) gets: its action, translated.
 * The advisor's ids read `advice-<action>`, sometimes with a suffix (`-fee-31`).
 */
export function adviceItemName(id: string, names: Record<ActionKind, string>): string {
  const rest = id.replace(/^advice-/, '');
  const kind = ACTION_KINDS.find((k) => rest === k || rest.startsWith(`${k}-`));
  return kind && isActionKind(kind) ? names[kind] : rest;
}
