import { EXAMPLE_IDS, type ExampleId } from '../io/examples';
import type { Issue } from '../io/issues';
import { upgradeDraft } from '../io/migrations';
import type { Lang } from '../i18n/lang';
import type { ParsePlanResult } from '../io/planFile';
import type { PlanFile } from '../io/planSchema';
import { validateDraft, type ValidPlan } from './planSlice';
import type { AppState } from './store';

/**
 * The saved form of a client file, read as parse → migrate → validate → merge. Every step
 * returns a value; what fails is reported to the caller, who keeps the raw text aside.
 *
 * Envelope versions (append-only; a fixture of each older one lives in `fixtures/`):
 * 1. the single-plan localStorage save before client files: zustand `{ state, version: 1 }`;
 * 2. one client file: `{ version: 2, id, name, createdAt, updatedAt, revision, state }`.
 */
export const CLIENT_RECORD_VERSION = 2;

/** What is saved of a plan: the draft as typed, the last valid plan, and the choices around them. */
export type SavedState = {
  draft: unknown;
  validFile: unknown;
  scenarioId: unknown;
  exampleId: unknown;
  lang?: unknown;
};

export type ClientRecord = {
  version: typeof CLIENT_RECORD_VERSION;
  id: string;
  /** The name the user gave the file; '' shows the business name instead. */
  name: string;
  createdAt: string;
  updatedAt: string;
  /** +1 on every save: a tab that saves over a revision it never saw has a conflict. */
  revision: number;
  state: SavedState;
};

export function savedState(s: AppState): SavedState {
  return {
    draft: s.draft,
    validFile: s.valid.file,
    scenarioId: s.scenarioId,
    exampleId: s.exampleId,
  };
}

export type ReadRecordResult =
  | { ok: true; record: ClientRecord; migratedFrom?: number }
  | { ok: false; reason: 'not_json' | 'not_a_record' | 'too_new'; version?: number };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

/** Format 1 → 2: the old single save becomes a client file with a fresh id. */
function fromVersion1(
  old: Record<string, unknown>,
  made: { id: string; now: string },
): Record<string, unknown> {
  return {
    version: 2,
    id: made.id,
    name: '',
    createdAt: made.now,
    updatedAt: made.now,
    revision: 1,
    state: old.state,
  };
}

/**
 * Parse and migrate one stored envelope (text as stored, or an already parsed value).
 * `made` supplies the id and time an old envelope lacks.
 * @example readRecord('{"state":{…},"version":1}', { id: 'c1', now }) // { ok: true, migratedFrom: 1, … }
 */
export function readRecord(raw: unknown, made: { id: string; now: string }): ReadRecordResult {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { ok: false, reason: 'not_json' };
    }
  }
  if (!isRecord(value) || typeof value.version !== 'number' || !isRecord(value.state)) {
    return { ok: false, reason: 'not_a_record' };
  }
  const version = value.version;
  if (version > CLIENT_RECORD_VERSION) return { ok: false, reason: 'too_new', version };
  let current = value;
  if (version === 1) current = fromVersion1(value, made);
  else if (version !== CLIENT_RECORD_VERSION) return { ok: false, reason: 'not_a_record', version };
  const state = current.state as Record<string, unknown>;
  const record: ClientRecord = {
    version: CLIENT_RECORD_VERSION,
    id: text(current.id, made.id),
    name: text(current.name, ''),
    createdAt: text(current.createdAt, made.now),
    updatedAt: text(current.updatedAt, made.now),
    revision: Number.isSafeInteger(current.revision) ? (current.revision as number) : 0,
    state: {
      draft: state.draft,
      validFile: state.validFile,
      scenarioId: state.scenarioId,
      exampleId: state.exampleId,
      ...(state.lang === undefined ? {} : { lang: state.lang }),
    },
  };
  return version === 1 ? { ok: true, record, migratedFrom: 1 } : { ok: true, record };
}

/** The part of the store a client file sets when it opens. */
export type PlanPatch = {
  draft: PlanFile;
  valid: ValidPlan;
  issues: Issue[];
  scenarioId: string;
  exampleId: ExampleId | null;
};

/**
 * Validate and merge a saved plan. The last valid plan must pass the schema (else the draft,
 * if it does); the draft is kept as typed, with its issues. Null when neither is a plan.
 */
export function restorePlan(
  saved: SavedState,
  parse: (value: unknown) => ParsePlanResult,
  defaults: { scenarioId: string },
): PlanPatch | null {
  const draftLooksLikePlan = isRecord(saved.draft);
  let result = parse(saved.validFile);
  if (!result.ok && draftLooksLikePlan) result = parse(saved.draft);
  if (!result.ok) return null;
  const valid: ValidPlan = { file: result.file, plan: result.plan, scenarios: result.scenarios };
  // A draft saved in an older format is upgraded once, here, like the file it came from.
  const draft = (draftLooksLikePlan ? upgradeDraft(saved.draft) : valid.file) as PlanFile;
  const checked = validateDraft(draft, valid);
  return {
    draft,
    ...checked,
    scenarioId: typeof saved.scenarioId === 'string' ? saved.scenarioId : defaults.scenarioId,
    exampleId: (EXAMPLE_IDS as readonly unknown[]).includes(saved.exampleId)
      ? (saved.exampleId as ExampleId)
      : null,
  };
}

/** A saved language, if it is one the app speaks. */
export function savedLang(value: unknown): Lang | null {
  return value === 'en' || value === 'zh-CN' ? value : null;
}
