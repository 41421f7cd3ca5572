import type { GuidedAnswers } from '../io/guidedAnswers';
import type { StateCreator } from 'zustand';
import { detectLang } from '../i18n/detectLang';
import type { Lang } from '../i18n/lang';
import { rememberedLang, rememberLang } from './langMemory';
import { rememberedWan, rememberWan } from './wanMemory';
import type { AppState } from './store';

/** Something the user must know that is not tied to one field (storage full, data recovered…). */
export type Notice = {
  id: string;
  code: 'storage_full' | 'storage_corrupt' | 'storage_unavailable';
  /** Storage key (client-file storage or localStorage) of data set aside for download, when there is one. */
  keptAs?: string;
};

export type UiSlice = {
  lang: Lang;
  /** Chinese only: large amounts in cards and tables as ¥12.35万 (remembered; `wanMemory.ts`). */
  wanDisplay: boolean;
  notices: Notice[];
  /**
   * What the owner has typed into the guided start and not yet turned into a plan: kept when the
   * dialog is closed, so opening it again carries on (the owner walk lost everything to one tap
   * on ×); null when nothing is pending. Not part of the plan or its undo history.
   */
  guidedAnswers: GuidedAnswers | null;
  setGuidedAnswers: (answers: GuidedAnswers | null) => void;
  setLang: (lang: Lang) => void;
  setWanDisplay: (on: boolean) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
};

/** The language at start: the one the reader chose before, else the browser's. */
export function initialLang(): Lang {
  return (
    (typeof localStorage === 'undefined' ? null : rememberedLang()) ??
    detectLang(typeof navigator === 'undefined' ? undefined : navigator.languages)
  );
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  lang: initialLang(),
  wanDisplay: typeof localStorage === 'undefined' ? true : rememberedWan(),
  notices: [],
  guidedAnswers: null,
  setGuidedAnswers: (guidedAnswers) => set({ guidedAnswers }),
  setWanDisplay: (on) => {
    rememberWan(on);
    set({ wanDisplay: on });
  },
  setLang: (lang) => {
    rememberLang(lang);
    set({ lang });
  },
  addNotice: (notice) => {
    if (get().notices.some((n) => n.code === notice.code)) return;
    set({ notices: [...get().notices, notice] });
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});
