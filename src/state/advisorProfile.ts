import { create } from 'zustand';
import {
  EMPTY_ADVISOR,
  readAdvisorProfile,
  readCommentary,
  type AdvisorProfile,
} from '../io/advisorProfile';
import { STORAGE_KEYS } from './storageKeys';

/**
 * The advisor's details (set once, kept in this browser's localStorage) and the commentary typed
 * for each client's report (per client file id, kept in localStorage too, so a reload or a crash
 * never loses what the advisor wrote for a meeting).
 */
type AdvisorState = {
  profile: AdvisorProfile;
  commentary: Record<string, string>;
  setProfile: (profile: AdvisorProfile) => void;
  setCommentary: (clientId: string, text: string) => void;
};

function load(): AdvisorProfile {
  try {
    return readAdvisorProfile(localStorage.getItem(STORAGE_KEYS.advisor));
  } catch {
    return EMPTY_ADVISOR; // storage blocked
  }
}

function loadCommentary(): Record<string, string> {
  try {
    return readCommentary(localStorage.getItem(STORAGE_KEYS.commentary));
  } catch {
    return {}; // storage blocked
  }
}

function saveCommentary(commentary: Record<string, string>): void {
  try {
    const kept = Object.fromEntries(Object.entries(commentary).filter(([, text]) => text !== ''));
    localStorage.setItem(STORAGE_KEYS.commentary, JSON.stringify(kept));
  } catch {
    // Storage blocked or full: the commentary lasts for this visit.
  }
}

export const useAdvisor = create<AdvisorState>()((set, get) => ({
  profile: typeof localStorage === 'undefined' ? EMPTY_ADVISOR : load(),
  commentary: typeof localStorage === 'undefined' ? {} : loadCommentary(),
  setProfile: (profile) => {
    set({ profile });
    try {
      localStorage.setItem(STORAGE_KEYS.advisor, JSON.stringify(profile));
    } catch {
      // Storage blocked or full: the details last for this visit.
    }
  },
  setCommentary: (clientId, text) => {
    const commentary = { ...get().commentary, [clientId]: text };
    set({ commentary });
    saveCommentary(commentary);
  },
}));
