import { channelActions } from './channels';
import type { AdviceContext } from './context';
import { leverActions } from './levers';
import { checkPrerequisites } from './profile';
import { reserveActions } from './reserves';
import type { Action, BlockReason, Prerequisite, Unavailable } from './types';

/** An action this plan can take, with the prerequisites the user should still confirm. */
export type Feasible = { action: Action; toConfirm: Prerequisite[] };

/**
 * Every action for the plan, split into those it can take and those it cannot (with the
 * reasons): levers and reserves first, then the channels, in the catalogue's order.
 */
export function catalogue(ctx: AdviceContext): {
  feasible: Feasible[];
  unavailable: Unavailable[];
} {
  const feasible: Feasible[] = [];
  const unavailable: Unavailable[] = [];
  const candidates: { action: Action; blocked: BlockReason[] }[] = [
    ...leverActions(ctx).map((action) => ({ action, blocked: [] })),
    ...reserveActions(ctx).map((action) => ({ action, blocked: [] })),
    ...channelActions(ctx).actions,
  ];
  for (const { action, blocked } of candidates) {
    const check = checkPrerequisites(ctx.plan, action.prerequisites);
    // "Nothing left to finance" only matters when nothing else stands in the way.
    const others = [...check.blocked, ...blocked.filter((r) => r !== 'no_room')];
    const reasons: BlockReason[] = others.length > 0 ? others : blocked;
    if (reasons.length > 0) unavailable.push({ action: action.kind, reasons });
    else feasible.push({ action, toConfirm: check.toConfirm });
  }
  return { feasible, unavailable };
}
