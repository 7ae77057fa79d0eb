/** The shape every operation's core implementation has, derived from the contract. */
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

/** Any set of handlers: what the registry joins. */
export type HandlerGroup = { readonly [K in OperationName]?: Handler<K> };

/**
 * Handlers for some of one domain's operations, typed from its ops object in the contract:
 * `{ ... } satisfies HandlersOf<typeof peopleOps>` types every input and result without restating
 * the names, and refuses a name the domain does not declare. The registry checks all are covered.
 */
export type HandlersOf<Ops> = { [K in keyof Ops & OperationName]?: Handler<K> };

/** The signed-in person; only called from non-public operations, where the service guarantees one. */
export function actorOf(ctx: HandlerContext): StoredPerson {
  if (!ctx.actor || !ctx.session) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.actor;
}
