import type { Plan, Scenario } from '../engine/model';
import { formatIssues, type Issue } from './issues';
import { findShapeProblem, utf8ByteLength } from './jsonGuards';
import { migrateToCurrent, type RawPlan } from './migrations';
import { fileFromPlan, planFromFile, scenariosFromFile } from './planConvert';
import { planFileSchema, type PlanFile } from './planSchema';
import { decodeText } from './textEncoding';

/**
 * Opening a plan file: size → encoding → JSON → unsafe keys and depth → version → migrate → validate →
 * convert. Every step returns an error value; nothing here throws.
 */

/** Largest plan file accepted, in UTF-8 bytes. Real plans are a few KB. */
export const MAX_PLAN_BYTES = 2 * 1024 * 1024;
/** Deepest object/array nesting accepted; a valid plan needs 7. */
export const MAX_PLAN_DEPTH = 32;

export type PlanFileError =
  | { reason: 'too_large'; maxBytes: number }
  /** Neither UTF-8 nor UTF-16; `looksLike` names what it seems to be, for the hint. */
  | { reason: 'not_utf8'; looksLike: 'gbk' | 'unknown' }
  | { reason: 'not_json'; detail: string }
  | { reason: 'not_a_plan' }
  | { reason: 'too_new'; fileVersion: number; supportedVersion: number }
  | { reason: 'unsafe_keys'; path: string }
  | { reason: 'too_deep'; maxDepth: number }
  | { reason: 'migration_failed'; fromVersion: number; detail: string }
  | { reason: 'invalid'; issues: Issue[] };

export type PlanFileErrorReason = PlanFileError['reason'];

export type ParsePlanResult =
  | {
      ok: true;
      /** The validated file (yuan, percent), defaults filled, unknown keys dropped. */
      file: PlanFile;
      /** The engine plan (fen, fractions). */
      plan: Plan;
      /** The file's custom scenarios, ready for the engine. */
      scenarios: Scenario[];
      /** Set when the file was in an older format and was upgraded in memory. */
      migratedFrom?: number;
    }
  | { ok: false; error: PlanFileError };

const fail = (error: PlanFileError): ParsePlanResult => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses the bytes of a plan file as read from disk (the app's file picker, the CLI): at most
 * `MAX_PLAN_BYTES`, UTF-8 or UTF-16 (see `textEncoding.ts`), then as `parsePlanText`.
 * @example parsePlanBytes(new Uint8Array(await file.arrayBuffer()))
 */
export function parsePlanBytes(bytes: Uint8Array): ParsePlanResult {
  if (bytes.length > MAX_PLAN_BYTES) return fail({ reason: 'too_large', maxBytes: MAX_PLAN_BYTES });
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail({ reason: 'not_utf8', looksLike: decoded.looksLike });
  return parsePlanText(decoded.text);
}

/**
 * Parses the text of a plan file (an upload, a pasted file, a CLI argument's contents).
 * @example
 * const result = parsePlanText(text);
 * if (result.ok) simulate(result.plan); else show(describeError(result.error, 'zh-CN'));
 */
export function parsePlanText(text: string): ParsePlanResult {
  if (typeof text !== 'string') return fail({ reason: 'not_a_plan' });
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string fails before counting.
  if (text.length > MAX_PLAN_BYTES || utf8ByteLength(text) > MAX_PLAN_BYTES) {
    return fail({ reason: 'too_large', maxBytes: MAX_PLAN_BYTES });
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ reason: 'not_json', detail: detail.slice(0, 200) });
  }
  return parsePlanValue(value);
}

/**
 * Validates a value that is already parsed (a share link's payload, local storage, a test).
 * Same checks as `parsePlanText` after JSON parsing.
 */
export function parsePlanValue(value: unknown): ParsePlanResult {
  try {
    const problem = findShapeProblem(value, MAX_PLAN_DEPTH);
    if (problem) return fail(problem);
    if (!isRecord(value)) return fail({ reason: 'not_a_plan' });
    const version = value.formatVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return fail({ reason: 'not_a_plan' });
    }
    const migrated = migrateToCurrent({ ...value, formatVersion: version } satisfies RawPlan);
    if (!migrated.ok) {
      return fail(
        migrated.reason === 'too_new'
          ? {
              reason: 'too_new',
              fileVersion: migrated.fileVersion,
              supportedVersion: migrated.supportedVersion,
            }
          : {
              reason: 'migration_failed',
              fromVersion: migrated.fromVersion,
              detail: migrated.detail,
            },
      );
    }
    const parsed = planFileSchema.safeParse(migrated.value);
    if (!parsed.success) return fail({ reason: 'invalid', issues: formatIssues(parsed.error) });
    const file = parsed.data;
    return {
      ok: true,
      file,
      plan: planFromFile(file),
      scenarios: scenariosFromFile(file),
      ...(migrated.migratedFrom === undefined ? {} : { migratedFrom: migrated.migratedFrom }),
    };
  } catch {
    // Only exotic non-JSON values (throwing getters, proxies) get here.
    return fail({ reason: 'not_a_plan' });
  }
}

/** The text of a plan file, as FundGap writes it: 2-space JSON with a final newline. */
export function stringifyPlanFile(file: PlanFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The text of a plan file for an engine plan and its custom scenarios (export, "save as").
 * @example stringifyPlan(plan, scenarios) // '{\n  "formatVersion": 1, …'
 */
export function stringifyPlan(plan: Plan, scenarios: readonly Scenario[] = []): string {
  return stringifyPlanFile(fileFromPlan(plan, scenarios));
}
