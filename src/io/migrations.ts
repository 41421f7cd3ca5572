/**
 * Plan-file format migrations, append-only. Format N+1's migration takes a raw format-N object
 * (already checked for unsafe keys and depth, not yet validated) and returns a raw format-N+1
 * object; the current schema validates the result. Rules:
 * - never edit or remove a shipped migration; add the next one at the end;
 * - every migration comes with a fixture of the old format in `src/io/fixtures/` and a test
 *   (before the first one, freeze copies of `examples/*.json` there as the format-1 fixtures);
 * - files newer than `CURRENT_FORMAT_VERSION` are refused, never guessed at.
 */

export const CURRENT_FORMAT_VERSION = 1;

export type RawPlan = { formatVersion: number } & Record<string, unknown>;

export type Migration = {
  /** The version this migration produces; it reads `to - 1`. */
  to: number;
  description: string;
  migrate: (raw: RawPlan) => RawPlan;
};

/** `MIGRATIONS[i].to === i + 2`: the first entry will upgrade format 1 to format 2. */
export const MIGRATIONS: readonly Migration[] = [];

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
