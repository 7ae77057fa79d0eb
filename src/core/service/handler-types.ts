/** The shape every operation's core implementation has. */
import type { OperationName, ParsedInputOf, ResultOf } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Session } from '../auth/sessions';
import type { StoredPerson } from '../store/workspace-schema';
import type { WorkspaceState } from './workspace-state';

export interface HandlerContext {
  ws: WorkspaceState;
  now: Date;
  /** Present for every operation that is not public. */
  session: Session | null;
  actor: StoredPerson | null;
}

export type Handler<K extends OperationName> = (input: ParsedInputOf<K>, ctx: HandlerContext) => Promise<ResultOf<K>> | ResultOf<K>;

export type Handlers<K extends OperationName> = { [P in K]: Handler<P> };

/** The signed-in person; only called from non-public operations, where the service guarantees one. */
export function actorOf(ctx: HandlerContext): StoredPerson {
  if (!ctx.actor || !ctx.session) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.actor;
}
