/**
 * Signed-in sessions, held in memory by the host process. A session ends when its person signs
 * out, or after the workspace's idle time without a call (shared shop computers lock themselves).
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/contract/operation';

export interface Session {
  token: string;
  personId: string;
  role: Role;
  lastActiveAt: number;
}

export type SessionLookup = { status: 'active'; session: Session } | { status: 'expired' } | { status: 'missing' };

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  create(personId: string, role: Role, now: number): Session {
    const session: Session = { token: randomBytes(32).toString('base64url'), personId, role, lastActiveAt: now };
    this.sessions.set(session.token, session);
    return session;
  }

  /** Finds a session and, when it is still active, marks it used now. */
  use(token: string | null | undefined, now: number, idleMs: number): SessionLookup {
    if (!token) return { status: 'missing' };
    const session = this.sessions.get(token);
    if (!session) return { status: 'missing' };
    if (now - session.lastActiveAt > idleMs) {
      this.sessions.delete(token);
      return { status: 'expired' };
    }
    session.lastActiveAt = now;
    return { status: 'active', session };
  }

  end(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends every session of a person (deactivated, or their PIN changed by someone else). */
  endAllFor(personId: string, except?: string): void {
    for (const [token, session] of this.sessions) if (session.personId === personId && token !== except) this.sessions.delete(token);
  }

  /** Keeps a session's role in step with the person's record. */
  updateRole(personId: string, role: Role): void {
    for (const session of this.sessions.values()) if (session.personId === personId) session.role = role;
  }
}
