import type { SavedState } from '../io/clientRecord';
import { repairDraft } from '../io/draftRepair';
import type { ExampleId } from '../io/examples';
import type { Issue } from '../io/issues';
import { upgradeDraft } from '../io/migrations';
import type { Lang } from '../i18n/lang';
import type { ParsePlanResult } from '../io/planFile';
import type { PlanFile } from '../io/planSchema';
import { validateDraft, type ValidPlan } from './planSlice';
import type { AppState } from './store';

/**
 * The plan part of a client file, between the store and a stored record. Reading the record
 * itself (parse → migrate → validate) is `src/io/clientRecord.ts`; this is the merge.
 */

export function savedState(s: AppState): SavedState {
  return {
    draft: s.draft,
    validFile: s.valid.file,
    scenarioId: s.scenarioId,
    exampleId: s.exampleId,
    checkIns: s.checkIns,
  };
}

/** The part of the store a client file sets when it opens. */
export type PlanPatch = {
  draft: PlanFile;
  valid: ValidPlan;
  issues: Issue[];
  scenarioId: string;
  exampleId: ExampleId | null;
  checkIns: SavedState['checkIns'];
  checkInDeleted: null;
};

export type RestoredPlan = {
  patch: PlanPatch;
  /** Draft fields that could not be read and were repaired ('' = the whole draft). */
  repaired: string[];
};

/**
 * Validate and merge a saved plan. The last valid plan must pass the schema (else the draft,
 * if it does); the draft is kept as typed, with its issues, after the parts the editor could not
 * render are repaired field by field (`repairDraft`). Null when neither is a plan.
 */
export function restorePlan(
  saved: SavedState,
  parse: (value: unknown) => ParsePlanResult,
  defaults: { scenarioId: string },
): RestoredPlan | null {
  let result = parse(saved.validFile);
  // A draft saved in an older format is upgraded once, here, like the file it came from.
  const repair = repairDraft(upgradeDraft(saved.draft), result.ok ? result.file : null);
  if (!result.ok && repair) result = parse(repair.draft);
  if (!result.ok) return null;
  const valid: ValidPlan = { file: result.file, plan: result.plan, scenarios: result.scenarios };
  // The draft holds what the user typed, so it is not a valid `PlanFile`; the editor reads it by path.
  const draft = (repair?.draft ?? valid.file) as PlanFile;
  return {
    patch: {
      draft,
      ...validateDraft(draft, valid),
      scenarioId: saved.scenarioId ?? defaults.scenarioId,
      exampleId: saved.exampleId,
      checkIns: saved.checkIns,
      checkInDeleted: null,
    },
    repaired: repair?.repaired ?? [''],
  };
}

/** A saved language, if it is one the app speaks. */
export function savedLang(value: unknown): Lang | null {
  return value === 'en' || value === 'zh-CN' ? value : null;
}
