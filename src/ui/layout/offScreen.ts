import { createContext } from 'react';

/** True inside a section that is not on screen: its deferred panels wait for an idle moment. */
export const OffScreen = createContext(false);
