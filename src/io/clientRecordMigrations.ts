/**
 * Client-record migrations, append-only (the stored form of one client file; the plan inside it
 * has its own format and migrations in `migrations.ts`). Rules, as for plan files:
 * - never edit or remove a shipped migration; add the next one at the end and raise
 *   `CLIENT_RECORD_VERSION` in `clientRecord.ts` with it;
 * - every migration comes with a fixture of the old record in `src/io/fixtures/records/` and a
 *   test that reads it;
 * - records newer than the app are refused, never guessed at (and never overwritten).
 *
 * Adding a field is one migration (version 3 added `state.checkIns` this way),
 * plus the field in the schema.
 */

export type RawRecord = { version: number } & Record<string, unknown>;

/** What an old record may lack and only the reader knows: the key's id and the time now. */
export type RecordContext = { id: string; now: string };

export type RecordMigration = {
  /** The version this migration produces; it reads `to - 1`. */
  to: number;
  description: string;
  migrate: (raw: RawRecord, made: RecordContext) => RawRecord;
};

export const RECORD_MIGRATIONS: readonly RecordMigration[] = [
  {
    to: 2,
    description:
      'the single-plan localStorage save (zustand `{ state, version: 1 }`) becomes one client file',
    migrate: (old, made) => ({
      version: 2,
      id: made.id,
      name: '',
      createdAt: made.now,
      updatedAt: made.now,
      revision: 1,
      state: old.state,
    }),
  },
  {
    to: 3,
    description: 'check-ins: `state.checkIns`, what the advisor observed on each date (none yet)',
    migrate: (old) => ({
      ...old,
      state: {
        ...(typeof old.state === 'object' && old.state !== null ? old.state : {}),
        checkIns: [],
      },
    }),
  },
];

export type MigrateRecordResult =
  | { ok: true; value: RawRecord; migratedFrom?: number }
  | { ok: false; reason: 'too_new'; version: number; supportedVersion: number }
  | { ok: false; reason: 'migration_failed'; version: number; detail: string };

/**
 * Brings a raw record of any supported version to `current`. Never throws.
 * @example migrateRecord({ version: 1, state: {} }, made, RECORD_MIGRATIONS, 2) // { ok: true, migratedFrom: 1, … }
 */
export function migrateRecord(
  raw: RawRecord,
  made: RecordContext,
  migrations: readonly RecordMigration[],
  current: number,
): MigrateRecordResult {
  const version = raw.version;
  if (version > current)
    return { ok: false, reason: 'too_new', version, supportedVersion: current };
  if (version === current) return { ok: true, value: raw };
  let value = raw;
  for (let v = version; v < current; v++) {
    const step = migrations.find((m) => m.to === v + 1);
    if (!step) {
      return {
        ok: false,
        reason: 'migration_failed',
        version,
        detail: `no migration to record version ${v + 1}`,
      };
    }
    try {
      value = { ...step.migrate(value, made), version: v + 1 };
    } catch (e) {
      return {
        ok: false,
        reason: 'migration_failed',
        version,
        detail: e instanceof Error ? e.message : String(e),
      };
    }
  }
  return { ok: true, value, migratedFrom: version };
}
