import type { StoredCheckIn } from './checkInSchema';

/**
 * The latest check-in's date (YYYY-MM-DD) of a client record, or undefined when it has none —
 * for the book table's "last check-in" column. No zod: cheap to call for every client.
 * @example lastCheckInDate(record) // '2027-01-05'
 */
export function lastCheckInDate(record: {
  state: { checkIns?: readonly Pick<StoredCheckIn, 'date'>[] };
}): string | undefined {
  let last: string | undefined;
  for (const c of record.state.checkIns ?? [])
    if (last === undefined || c.date > last) last = c.date;
  return last;
}
