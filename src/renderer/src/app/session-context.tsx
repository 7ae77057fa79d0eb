/** The signed-in person, available to every page. */
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { Role } from '../../../shared/contract/operation';

export interface SessionContextValue {
  session: SessionInfo;
  signOut: (reason?: string) => void;
  refreshSession: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside a signed-in page.');
  return value;
}

const RANK: Record<Role, number> = { employee: 0, manager: 1, leader: 2 };

/** A leader can do everything a manager can; a manager everything an employee can. */
export const hasRole = (role: Role, atLeast: Role): boolean => RANK[role] >= RANK[atLeast];
