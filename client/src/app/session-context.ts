import { createContext, useContext } from 'react';
import type { CallSession } from '../call/call-session';
import type { CallState } from '../call/call-state';
import type { FacilitationState } from '../facilitation/facilitation-state';
import { useStoreState } from '../state/use-store';

export const SessionContext = createContext<CallSession | null>(null);

export function useSession(): CallSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionContext>');
  return session;
}

export function useCallState(): CallState {
  return useStoreState(useSession().store);
}

/** The facilitated meeting: agenda, queue, floor, role, chat, reactions. */
export function useMeetingState(): FacilitationState {
  return useStoreState(useSession().meeting.store);
}
