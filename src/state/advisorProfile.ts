import { create } from 'zustand';
import { EMPTY_ADVISOR, readAdvisorProfile, type AdvisorProfile } from '../io/advisorProfile';
import { STORAGE_KEYS } from './storageKeys';

/**
 * The advisor's details (set once, kept in this browser's localStorage) and the commentary typed
 * for each client's report (kept for this visit only, per client file).
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

export const useAdvisor = create<AdvisorState>()((set, get) => ({
  profile: typeof localStorage === 'undefined' ? EMPTY_ADVISOR : load(),
  commentary: {},
  setProfile: (profile) => {
    set({ profile });
    try {
      localStorage.setItem(STORAGE_KEYS.advisor, JSON.stringify(profile));
    } catch {
      // Storage blocked or full: the details last for this visit.
    }
  },
  setCommentary: (clientId, text) => set({ commentary: { ...get().commentary, [clientId]: text } }),
}));
