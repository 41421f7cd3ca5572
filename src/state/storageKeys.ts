/** Every localStorage key FundGap uses, in one place. */
export const STORAGE_KEYS = {
  /** The persisted store (zustand `persist` envelope: `{ state, version }`). */
  state: 'fundgap.state',
  /** Prefix of unreadable saved data set aside (never deleted) for the user to download. */
  corruptPrefix: 'fundgap.corrupt.',
} as const;
