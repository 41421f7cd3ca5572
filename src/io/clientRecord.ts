import './zodConfig';
import { z } from 'zod';
import {
  migrateRecord,
  RECORD_MIGRATIONS,
  type RawRecord,
  type RecordContext,
} from './clientRecordMigrations';
import { readCheckIns } from './checkInSchema';
import { EXAMPLE_IDS } from './examples';
import { findShapeProblem } from './jsonGuards';
import { LIMITS } from './limits';

/**
 * The stored form of one client file (IndexedDB `client.<id>`, JSON text), read as
 * parse → migrate → validate, never throwing. The plan inside (`draft`, `validFile`) is checked
 * by its own pipeline when the file opens (`planFile.ts`, `draftRepair.ts`); everything else is
 * checked here, and a field that is wrong is repaired on its own (a bad name becomes '', a bad
 * time becomes now) rather than losing the file.
 *
 * Record versions (append-only; migrations in `clientRecordMigrations.ts`, fixtures in
 * `fixtures/records/`):
 * 1. the single-plan localStorage save before client files: zustand `{ state, version: 1 }`;
 * 2. one client file: `{ version: 2, id, name, createdAt, updatedAt, revision, state }`;
 * 3. the same with the client's check-ins in `state.checkIns` (`checkInSchema.ts`).
 *
 * Forward rule: every later version keeps `state.validFile` a plan file, so an older FundGap
 * that refuses the record can still hand the user the plan inside it (`planFileOf`).
 */
export const CLIENT_RECORD_VERSION = 3;

/** Deeper than any plan (7) plus the record around it: beyond this it is not ours. */
const MAX_RECORD_DEPTH = 40;

const savedStateSchema = z.object({
  /** What the user typed, in the plan-file shape; may be invalid (checked when it opens). */
  draft: z.unknown(),
  /** The last plan that passed the plan schema. */
  validFile: z.unknown(),
  scenarioId: z.string().min(1).max(LIMITS.idLength).optional().catch(undefined),
  exampleId: z.enum(EXAMPLE_IDS).nullable().catch(null),
  /** Only in version 1 saves: the language then lived with the plan. */
  lang: z.enum(['en', 'zh-CN']).optional().catch(undefined),
  /**
   * What the advisor observed, dated (version 3). Each entry is checked on its own: a damaged one
   * is dropped, the others kept (`readCheckIns`).
   */
  checkIns: z.unknown().transform((v) => readCheckIns(v).checkIns),
});

const isoTime = z.iso.datetime({ offset: true });

const recordSchema = z.object({
  version: z.literal(CLIENT_RECORD_VERSION),
  id: z.string().min(1).max(200).optional().catch(undefined),
  /** The name the user gave the file; '' shows the business name instead. */
  name: z.string().max(LIMITS.nameLength).catch(''),
  createdAt: isoTime.optional().catch(undefined),
  updatedAt: isoTime.optional().catch(undefined),
  /** +1 on every save: a tab that saves over a revision it never saw has a conflict. */
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).catch(0),
  state: savedStateSchema,
});

export type SavedState = z.output<typeof savedStateSchema>;

export type ClientRecord = Omit<
  z.output<typeof recordSchema>,
  'id' | 'createdAt' | 'updatedAt' | 'version'
> & {
  version: typeof CLIENT_RECORD_VERSION;
  id: string;
  createdAt: string;
  updatedAt: string;
};

export type ReadRecordResult =
  | { ok: true; record: ClientRecord; migratedFrom?: number }
  | { ok: false; reason: 'not_json' | 'not_a_record' | 'migration_failed' }
  | { ok: false; reason: 'too_new'; version: number; supportedVersion: number };

export type ReadRecordFailure = Extract<ReadRecordResult, { ok: false }>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(raw: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/**
 * Read one stored record (its text as stored, or an already parsed value). `made` supplies the
 * id (from the storage key) and the time an old or damaged record lacks.
 * @example readClientRecord('{"state":{…},"version":1}', { id: 'c1', now }) // { ok: true, migratedFrom: 1, … }
 */
export function readClientRecord(raw: unknown, made: RecordContext): ReadRecordResult {
  const json = parseJson(raw);
  if (!json.ok) return { ok: false, reason: 'not_json' };
  const value = json.value;
  if (!isObject(value) || findShapeProblem(value, MAX_RECORD_DEPTH)) {
    return { ok: false, reason: 'not_a_record' };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'not_a_record' };
  }
  const migrated = migrateRecord(
    value as RawRecord,
    made,
    RECORD_MIGRATIONS,
    CLIENT_RECORD_VERSION,
  );
  if (!migrated.ok) {
    return migrated.reason === 'too_new'
      ? {
          ok: false,
          reason: 'too_new',
          version: migrated.version,
          supportedVersion: migrated.supportedVersion,
        }
      : { ok: false, reason: 'migration_failed' };
  }
  const parsed = recordSchema.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, reason: 'not_a_record' };
  const r = parsed.data;
  const record: ClientRecord = {
    ...r,
    version: CLIENT_RECORD_VERSION,
    // The key is the truth about which file this is (a copied record keeps its own key).
    id: made.id,
    createdAt: r.createdAt ?? made.now,
    updatedAt: r.updatedAt ?? r.createdAt ?? made.now,
  };
  return migrated.migratedFrom === undefined
    ? { ok: true, record }
    : { ok: true, record, migratedFrom: migrated.migratedFrom };
}

/** The text a record is stored as. */
export function stringifyClientRecord(record: ClientRecord): string {
  return JSON.stringify(record);
}

/**
 * The names of a stored record of any version, for telling the user which file something is about
 * (its own name, and the business name of its plan); '' where there is none.
 */
export function namesOf(raw: unknown): { name: string; businessName: string } {
  const json = parseJson(raw);
  const value = json.ok && isObject(json.value) ? json.value : {};
  const name = typeof value.name === 'string' ? value.name.slice(0, LIMITS.nameLength) : '';
  return { name, businessName: planFileOf(raw)?.businessName.slice(0, LIMITS.nameLength) ?? '' };
}

/**
 * The plan file inside a stored record of any version — the last valid plan, else the draft —
 * as a plan file's text, so a record this FundGap cannot use (too new, damaged) can still be
 * downloaded and imported elsewhere. Null when there is no plan in it at all.
 * @example planFileOf(storedText)?.text // '{\n  "formatVersion": 1, …'
 */
export function planFileOf(raw: unknown): { text: string; businessName: string } | null {
  const json = parseJson(raw);
  if (!json.ok || !isObject(json.value) || findShapeProblem(json.value, MAX_RECORD_DEPTH)) {
    return null;
  }
  const state = json.value.state;
  if (!isObject(state)) return null;
  const plan = isObject(state.validFile)
    ? state.validFile
    : isObject(state.draft)
      ? state.draft
      : null;
  if (!plan) return null;
  const business = plan.business;
  const businessName = isObject(business) && typeof business.name === 'string' ? business.name : '';
  return { text: `${JSON.stringify(plan, null, 2)}\n`, businessName };
}
