import type { StateCreator } from 'zustand';
import type { Plan, Scenario } from '../engine/model';
import { EXAMPLES, exampleData, FIRST_EXAMPLE_FILE, type ExampleId } from '../io/examples';
import type { Issue } from '../io/issues';
import { planFromFile, scenariosFromFile } from '../io/planConvert';
import type { PlanFile } from '../io/planSchema';
import { pathKey, updateAt, type Path } from './draftPath';
import type { AppState } from './store';
import { loadValidator, validator } from './validator';
import { CURRENT_FORMAT_VERSION } from '../io/migrations';
import type { Lang } from '../i18n/lang';
import { readerSample } from './sampleForReader';
import { initialLang } from './uiSlice';

/** The last plan that passed validation: it keeps driving the charts while the draft is being fixed. */
export type ValidPlan = { file: PlanFile; plan: Plan; scenarios: Scenario[] };

/** The lists a plan holds, for add / duplicate / remove / reorder. */
export type ListKey = 'cashAccounts' | 'cashFlows' | 'fundingSources' | 'scenarios';

export type PlanSlice = {
  /**
   * What the user typed, in the plan-file shape. Values may be invalid (a half-typed number is
   * kept as the string typed) so nothing typed is ever lost; `issues` says what is wrong.
   */
  draft: PlanFile;
  valid: ValidPlan;
  issues: Issue[];
  /** The sample the plan started from, if any. */
  exampleId: ExampleId | null;
  setField: (path: Path, value: unknown) => void;
  insertItem: (list: ListKey, item: unknown, at?: number) => void;
  removeItem: (list: ListKey, index: number) => void;
  duplicateItem: (list: ListKey, index: number, newId: string) => void;
  moveItem: (list: ListKey, from: number, to: number) => void;
  /** Replace the whole plan (a sample, a blank plan, an import). */
  replacePlan: (file: PlanFile, exampleId?: ExampleId | null) => void;
  loadExample: (id: ExampleId) => Promise<void>;
  startBlank: (startDate: string) => void;
};

export const DEFAULT_EXAMPLE: ExampleId = 'online-shop';

/**
 * The first-screen sample as this reader sees it (`readerSample`: names in their language,
 * dated from their today), trusted (examples.test.ts proves it validates) so no schema is needed yet.
 */
export function firstExample(lang: Lang = initialLang()): ValidPlan {
  const file = readerSample(FIRST_EXAMPLE_FILE, lang);
  return { file, plan: planFromFile(file), scenarios: scenariosFromFile(file) };
}

export function blankPlanFile(startDate: string): PlanFile {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    business: { name: '', currency: 'CNY', startDate, horizonDays: 180, minCashBuffer: 0 },
    cashAccounts: [{ id: 'bank', name: '', kind: 'bank', platformGroup: 'bank', balance: 0 }],
    cashFlows: [],
    fundingSources: [],
    scenarios: [],
  };
}

/** Validate a draft: the new valid plan, or the issues and the previous valid plan. */
export function validateDraft(
  draft: PlanFile,
  previous: ValidPlan,
): { valid: ValidPlan; issues: Issue[] } {
  const parsePlanValue = validator();
  if (!parsePlanValue) return { valid: previous, issues: [] }; // re-run by the store once loaded
  const result = parsePlanValue(draft);
  if (result.ok)
    return {
      valid: { file: result.file, plan: result.plan, scenarios: result.scenarios },
      issues: [],
    };
  const issues: Issue[] =
    result.error.reason === 'invalid'
      ? result.error.issues
      : [{ path: '', code: 'invalid_type', message: result.error.reason }];
  return { valid: previous, issues };
}

/** Keystrokes in one field closer together than this make one undo step. */
const TYPING_BURST_MS = 1000;

type HistoryApi = {
  temporal?: {
    setState: (fn: (s: { pastStates: unknown[] }) => { pastStates: unknown[] }) => void;
  };
};

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get, api) => {
  const initial = firstExample();
  /** The last keystroke: which field, when, and the draft it left (any other change ends the burst). */
  let lastEdit: { field: string; at: number; draft: PlanFile | null } = {
    field: '',
    at: 0,
    draft: null,
  };
  const commit = (draft: PlanFile) => set({ draft, ...validateDraft(draft, get().valid) });
  /** Typing "15000" is one undo step, not five: drop the history entry each later keystroke adds. */
  const commitTyping = (field: string, draft: PlanFile) => {
    const now = Date.now();
    const sameBurst =
      field === lastEdit.field &&
      now - lastEdit.at < TYPING_BURST_MS &&
      get().draft === lastEdit.draft;
    set({ draft, ...validateDraft(draft, get().valid) });
    if (sameBurst)
      (api as HistoryApi).temporal?.setState((h) => ({ pastStates: h.pastStates.slice(0, -1) }));
    lastEdit = { field, at: now, draft };
  };
  const list = (key: ListKey): unknown[] =>
    ((get().draft[key] as unknown[] | undefined) ?? []).slice();
  return {
    draft: initial.file,
    valid: initial,
    issues: [],
    exampleId: DEFAULT_EXAMPLE,
    setField: (path, value) =>
      commitTyping(
        pathKey(path),
        updateAt(get().draft, path, () => value),
      ),
    insertItem: (key, item, at) => {
      const items = list(key);
      items.splice(at ?? items.length, 0, item);
      commit({ ...get().draft, [key]: items });
    },
    removeItem: (key, index) => {
      const items = list(key);
      items.splice(index, 1);
      commit({ ...get().draft, [key]: items });
    },
    duplicateItem: (key, index, newId) => {
      const items = list(key);
      const original = items[index];
      if (original === undefined) return;
      items.splice(index + 1, 0, { ...structuredClone(original as object), id: newId });
      commit({ ...get().draft, [key]: items });
    },
    moveItem: (key, from, to) => {
      const items = list(key);
      if (to < 0 || to >= items.length) return;
      const [moved] = items.splice(from, 1);
      items.splice(to, 0, moved);
      commit({ ...get().draft, [key]: items });
    },
    replacePlan: (file, exampleId = null) => {
      const checked = validateDraft(file, get().valid);
      set({ draft: file, exampleId, ...checked });
    },
    loadExample: async (id) => {
      const [data, parse] = await Promise.all([exampleData(id), loadValidator()]);
      const result = parse(readerSample(data as PlanFile, get().lang));
      if (!result.ok)
        throw new Error(`example ${id} does not validate: ${JSON.stringify(result.error)}`);
      const v: ValidPlan = { file: result.file, plan: result.plan, scenarios: result.scenarios };
      set({ draft: v.file, valid: v, issues: [], exampleId: id });
    },
    startBlank: (startDate) => {
      const file = blankPlanFile(startDate);
      set({ draft: file, exampleId: null, ...validateDraft(file, get().valid) });
    },
  };
};

export { EXAMPLES };
