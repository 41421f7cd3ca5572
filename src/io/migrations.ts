/**
 * Plan-file format migrations, append-only. Format N+1's migration takes a raw format-N object
 * (already checked for unsafe keys and depth, not yet validated) and returns a raw format-N+1
 * object; the current schema validates the result. Rules:
 * - never edit or remove a shipped migration; add the next one at the end;
 * - every migration comes with a fixture of the old format in `src/io/fixtures/` and a test
 *   (`fixtures/v1/` holds `examples/*.json` as they were in format 1);
 * - files newer than `CURRENT_FORMAT_VERSION` are refused, never guessed at.
 */

export const CURRENT_FORMAT_VERSION = 2;

export type RawPlan = { formatVersion: number } & Record<string, unknown>;

export type Migration = {
  /** The version this migration produces; it reads `to - 1`. */
  to: number;
  description: string;
  migrate: (raw: RawPlan) => RawPlan;
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Each record of a list field, changed by `f`; anything that is not a record passes untouched. */
const mapRecords = (list: unknown, f: (r: Record<string, unknown>) => Record<string, unknown>) =>
  Array.isArray(list) ? list.map((x) => (isRecord(x) ? f(x) : x)) : list;

/** `r` without `keys` (a fresh object; `r` is not changed). */
function without(r: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out = { ...r };
  for (const k of keys) delete out[k];
  return out;
}

/**
 * Format 1 → 2: the payment order becomes a stated choice, and fields format 1 accepted but never
 * used are dropped, so every format-1 file computes exactly what it did (fixtures in
 * `fixtures/v1/`, test in `migrations.test.ts`):
 * - `business.paymentOrder` is written as `bank_first`, the order format 1 always used;
 * - `platformGroup` on an outflow is dropped: format 1 ignored it, format 2 pays the outflow from
 *   that platform first;
 * - Huabei's `drawFeePercent`, `drawFeeMin`, `interestDay` and `penaltyMultiplier`, and
 *   `interestDay` on any non-revolving source, are dropped: format 1 ignored them, format 2
 *   refuses them (an ignored fee or penalty field misleads whoever reads the file).
 */
const toFormat2: Migration = {
  to: 2,
  description:
    'business.paymentOrder = bank_first; drop platformGroup on outflows and the fee fields format 1 ignored',
  migrate: (raw) => {
    const business = isRecord(raw.business)
      ? { paymentOrder: 'bank_first', ...raw.business }
      : raw.business;
    const cashFlows = mapRecords(raw.cashFlows, (f) =>
      f.direction === 'outflow' ? without(f, ['platformGroup']) : f,
    );
    const fundingSources = mapRecords(raw.fundingSources, (s) => {
      if (s.kind === 'huabei')
        return without(s, ['drawFeePercent', 'drawFeeMin', 'interestDay', 'penaltyMultiplier']);
      return s.repayment === 'revolving' ? s : without(s, ['interestDay']);
    });
    return { ...raw, business, cashFlows, fundingSources };
  },
};

/** `MIGRATIONS[i].to === i + 2`: the first entry upgrades format 1 to format 2. Append only. */
export const MIGRATIONS: readonly Migration[] = [toFormat2];

export type MigrateResult =
  | { ok: true; value: RawPlan; migratedFrom?: number }
  | { ok: false; reason: 'too_new'; fileVersion: number; supportedVersion: number }
  | { ok: false; reason: 'migration_failed'; fromVersion: number; detail: string };

/**
 * Brings a raw plan of any supported version to the current one. Never throws.
 * @example migrateToCurrent({ formatVersion: 1 }) // { ok: true, value: { formatVersion: 1 } }
 */
export function migrateToCurrent(
  raw: RawPlan,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_FORMAT_VERSION,
): MigrateResult {
  const fileVersion = raw.formatVersion;
  if (fileVersion > current) {
    return { ok: false, reason: 'too_new', fileVersion, supportedVersion: current };
  }
  if (fileVersion === current) return { ok: true, value: raw };
  let value = raw;
  for (let version = fileVersion; version < current; version++) {
    const step = migrations.find((m) => m.to === version + 1);
    if (!step) {
      return {
        ok: false,
        reason: 'migration_failed',
        fromVersion: fileVersion,
        detail: `no migration to format ${version + 1}`,
      };
    }
    try {
      value = { ...step.migrate(value), formatVersion: version + 1 };
    } catch (e) {
      return {
        ok: false,
        reason: 'migration_failed',
        fromVersion: fileVersion,
        detail: e instanceof Error ? e.message : String(e),
      };
    }
  }
  return { ok: true, value, migratedFrom: fileVersion };
}

/**
 * A draft as typed (maybe half-valid) in the current format: migrated when it is an older plan,
 * else returned as it is. The store keeps drafts in the current format so that an edit to a field
 * a migration rewrites is never undone by migrating again on the next validation.
 */
export function upgradeDraft(draft: unknown): unknown {
  if (!isRecord(draft)) return draft;
  const version = draft.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return draft;
  if (version >= CURRENT_FORMAT_VERSION) return draft;
  const migrated = migrateToCurrent({ ...draft, formatVersion: version });
  return migrated.ok ? migrated.value : draft;
}
