import { create } from 'zustand';
import { initialSessionState, type SessionState } from './sessionState';

/** What the client-file UI shows. */
export type ClientsView = SessionState;

/**
 * The app's client-file session state (loaded with this chunk): the session started by
 * `startClientFiles` keeps its state here, and the UI reads it. Tests make their own with
 * `createSession`.
 */
export const useClients = create<SessionState>(initialSessionState);
