import type { ParsePlanResult } from '../../io/planFile';
import type { ClientStore } from '../clientStore';
import { CLIENT_DB } from '../storageKeys';
import type { AppState } from '../store';
import type { Notice } from '../uiSlice';

/** The app store, as much of it as the session uses. */
export type AppApi = {
  getState: () => AppState;
  setState: (patch: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
  temporal: { getState: () => { clear: () => void } };
};

export type Session = {
  db: ClientStore;
  app: AppApi;
  report: (notice: Notice) => void;
  parse: (value: unknown) => ParsePlanResult;
  tabId: string;
  activeId: string;
  /** The open file's revision this tab last read or wrote; 0 = never saved. */
  baseRevision: number;
  /** Edits not yet saved. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  /** True while the session sets the store from storage (not a user edit). */
  applying: boolean;
  channel: BroadcastChannel | null;
  /** The save in progress, so saves never overlap. */
  saving: Promise<void>;
};

let session: Session | null = null;
let started: ((s: Session) => void) | null = null;
export const sessionReady = new Promise<Session>((resolve) => (started = resolve));

/** The session once its files are loaded; null while they load. */
export const currentSession = (): Session | null => session;

export function setSession(s: Session): void {
  session = s;
}

/** Resolve `sessionReady`, which the UI's actions wait for. */
export function announceSession(s: Session): void {
  started?.(s);
}

export const recordKey = (id: string) => `${CLIENT_DB.clientPrefix}${id}`;
export const now = () => new Date().toISOString();

export function newClientId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
