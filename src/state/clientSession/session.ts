import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParsePlanResult } from '../../io/planFile';
import type { ClientStore } from '../clientStore';
import { CLIENT_DB } from '../storageKeys';
import type { AppState } from '../store';
import type { Notice } from '../uiSlice';
import { alertKey, initialSessionState, type ClientAlert, type SessionState } from './sessionState';

/** The app store, as much of it as the session uses. */
export type AppApi = {
  getState: () => AppState;
  setState: (patch: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
  temporal: { getState: () => { clear: () => void } };
};

/** What a session works with: storage, the app store, the plan validator. */
export type SessionDeps = {
  db: ClientStore;
  app: AppApi;
  report: (notice: Notice) => void;
  parse: (value: unknown) => ParsePlanResult;
  /** This tab, in messages to other tabs and in the key of an edit it sets aside. */
  tabId: string;
};

/**
 * One tab's client-file session: its dependencies, its state (a store a test can set up and
 * inspect), and the runtime handles that are not state (a timer, the save in progress).
 */
export type Session = SessionDeps & {
  state: StoreApi<SessionState>;
  run: {
    timer: ReturnType<typeof setTimeout> | null;
    /** The save in progress, so saves never overlap. */
    saving: Promise<void>;
    /** True while the session sets the app store from storage (not a user edit). */
    applying: boolean;
    channel: BroadcastChannel | null;
    /** The localStorage key of this tab's edit set aside during a conflict, while there is one. */
    aside: string | null;
  };
};

/**
 * A session over `deps`, its state in `state` (the app passes `useClients`; a test its own store,
 * set up as the case needs).
 * @example const s = createSession({ db: memoryClientStore(), app: useStore, report, parse, tabId: 't' });
 */
export function createSession(
  deps: SessionDeps,
  state: StoreApi<SessionState> = createStore(initialSessionState),
): Session {
  return {
    ...deps,
    state,
    run: { timer: null, saving: Promise.resolve(), applying: false, channel: null, aside: null },
  };
}

/** The session's state now. */
export const stateOf = (s: Session): SessionState => s.state.getState();

export function patch(s: Session, change: Partial<SessionState>): void {
  s.state.setState(change);
}

/** Show an alert once (the same news replaces itself). */
export function addAlert(s: Session, alert: ClientAlert): void {
  const key = alertKey(alert);
  patch(s, { alerts: [...stateOf(s).alerts.filter((a) => alertKey(a) !== key), alert] });
}

export function dismissAlert(s: Session, key: string): void {
  patch(s, { alerts: stateOf(s).alerts.filter((a) => alertKey(a) !== key) });
}

// ── The app's one session ──────────────────────────────────────────────────────────────────────
// The UI's actions reach the session the app started through these (tests pass theirs).

let appSession: Session | null = null;
let started: ((s: Session) => void) | null = null;
export const sessionReady = new Promise<Session>((resolve) => (started = resolve));

/** The app's session once its files are loaded; null while they load. */
export const currentSession = (): Session | null => appSession;

/** Make `s` the app's session and resolve `sessionReady`, which the UI's actions wait for. */
export function announceSession(s: Session): void {
  appSession = s;
  started?.(s);
}

export const recordKey = (id: string) => `${CLIENT_DB.clientPrefix}${id}`;
export const now = () => new Date().toISOString();

export function newClientId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
