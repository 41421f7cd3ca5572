import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { PlanFile } from '../io/planSchema';
import { validateDraft, type ValidPlan } from './planSlice';
import { STORAGE_KEYS } from './storageKeys';
import type { AppState } from './store';
import type { Notice } from './uiSlice';
import { validator } from './validator';

/** What is saved: the draft as typed, the last valid plan, and the choices around them. */
export type SavedState = {
  draft: unknown;
  validFile: unknown;
  scenarioId: unknown;
  exampleId: unknown;
  lang: unknown;
};

export const SAVED_VERSION = 1;

export function savedState(s: AppState): SavedState {
  return { draft: s.draft, validFile: s.valid.file, scenarioId: s.scenarioId, exampleId: s.exampleId, lang: s.lang };
}

/**
 * localStorage behind the store, guarded: unreadable data is set aside (never deleted) and
 * reported; a full quota is reported and the in-memory plan stays as it is.
 */
export function guardedStorage(report: (notice: Notice) => void): PersistStorage<SavedState> {
  const store = (): Storage | null => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    getItem: (name) => {
      const ls = store();
      if (!ls) return null;
      const raw = ls.getItem(name);
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<SavedState>;
        if (value === null || typeof value !== 'object' || typeof value.state !== 'object') throw new Error('shape');
        return value;
      } catch {
        const keptAs = `${STORAGE_KEYS.corruptPrefix}${new Date().toISOString()}`;
        try {
          ls.setItem(keptAs, raw);
        } catch {
          // No room to copy it: leave the original where it is rather than lose it.
          report({ id: 'storage_corrupt', code: 'storage_corrupt', keptAs: name });
          return null;
        }
        report({ id: 'storage_corrupt', code: 'storage_corrupt', keptAs });
        return null;
      }
    },
    setItem: (name, value) => {
      const ls = store();
      if (!ls) return;
      try {
        ls.setItem(name, JSON.stringify(value));
      } catch {
        report({ id: 'storage_full', code: 'storage_full' });
      }
    },
    removeItem: (name) => store()?.removeItem(name),
  };
}

/**
 * Saved data back into the store: parse (done by the storage) → migrate → validate → merge.
 * What fails validation is dropped field by field; the current state fills the gaps.
 */
export function mergeSaved(saved: unknown, current: AppState, report: (notice: Notice) => void): AppState {
  if (saved === null || typeof saved !== 'object') return current;
  const s = saved as Partial<SavedState>;
  const parsePlanValue = validator();
  if (!parsePlanValue) throw new Error('rehydrate only after loadValidator()');
  let valid: ValidPlan = current.valid;
  const parsed = parsePlanValue(s.validFile);
  if (parsed.ok) valid = { file: parsed.file, plan: parsed.plan, scenarios: parsed.scenarios };
  else if (s.validFile !== undefined) report({ id: 'storage_corrupt', code: 'storage_corrupt' });

  const draftLooksLikePlan = s.draft !== null && typeof s.draft === 'object' && !Array.isArray(s.draft);
  const draft = (draftLooksLikePlan ? s.draft : valid.file) as PlanFile;
  const checked = validateDraft(draft, valid);
  return {
    ...current,
    draft,
    ...checked,
    scenarioId: typeof s.scenarioId === 'string' ? s.scenarioId : current.scenarioId,
    exampleId:
      s.exampleId === null || s.exampleId === 'online-shop' || s.exampleId === 'restaurant' || s.exampleId === 'supplier'
        ? s.exampleId
        : null,
    lang: s.lang === 'en' || s.lang === 'zh-CN' ? s.lang : current.lang,
  };
}
