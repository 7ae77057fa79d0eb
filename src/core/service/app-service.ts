/**
 * The one entry point every host calls: `call(operation, input, token)`. It checks, in this
 * order, that the operation exists, the session is valid, the role is allowed (from the
 * contract's table), and the input matches the operation's schema — then runs the handler.
 */
import { contract, isAllowed, isOperationName, type OperationName } from '../../shared/contract';
import { AppError, type Envelope, type ErrorInfo, type ErrorIssue } from '../../shared/errors';
import type { HandlerContext } from './handler-types';
import { operationTable } from './handlers/operation-table';
import { WorkspaceState, type WorkspaceOptions } from './workspace-state';

export interface AppService {
  readonly workspace: WorkspaceState;
  call(operation: string, input: unknown, token?: string | null): Promise<Envelope<unknown>>;
  /**
   * The checks `call` makes before it looks at the input (the operation exists, the session is
   * valid, the role may call it): lets a host refuse a request before reading its body.
   */
  precheck(operation: string, token?: string | null): ErrorInfo | null;
  close(): Promise<void>;
}

export type AppServiceOptions = WorkspaceOptions & {
  log?: (message: string, error?: unknown) => void;
};

function zodIssues(issues: { path: PropertyKey[]; message: string }[]): ErrorIssue[] {
  return issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', message: issue.message }));
}

const unknownOperation = (name: string) => new AppError('NOT_FOUND', `There is no operation called "${String(name).slice(0, 60)}".`);

export async function createAppService(options: AppServiceOptions): Promise<AppService> {
  const ws = new WorkspaceState(options);
  await ws.open();
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));

  function authorise(name: OperationName, token: string | null | undefined, now: Date): Pick<HandlerContext, 'session' | 'actor'> {
    const spec = contract[name];
    if (spec.access === 'public' || (spec.access === 'first-run' && !ws.exists)) return { session: null, actor: null };
    const lookup = ws.sessions.use(token, now.getTime(), ws.idleMs);
    if (lookup.status === 'expired') throw new AppError('SESSION_EXPIRED', 'The app locked itself after being idle. Sign in again.');
    if (lookup.status === 'missing') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    const actor = ws.exists ? ws.data.people.find((p) => p.id === lookup.session.personId && p.active) : undefined;
    if (!actor) {
      ws.sessions.end(lookup.session.token);
      throw new AppError('UNAUTHENTICATED', 'Your profile is no longer active. Ask a manager.');
    }
    if (!isAllowed(spec.access, actor.role)) {
      throw new AppError('FORBIDDEN', `A ${actor.role} cannot do this: ${spec.summary.replace(/\.$/, '').toLowerCase()}.`);
    }
    return { session: lookup.session, actor };
  }

  async function call(operation: string, input: unknown, token?: string | null): Promise<Envelope<unknown>> {
    try {
      if (!isOperationName(operation)) throw unknownOperation(operation);
      const now = ws.now();
      const who = authorise(operation, token, now);
      const parsed = contract[operation].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', `Some of what was sent is not right: ${parsed.error.issues[0]?.message ?? 'invalid input'}`, zodIssues(parsed.error.issues));
      }
      const handler = operationTable[operation] as (input: unknown, ctx: HandlerContext) => Promise<unknown> | unknown;
      const value = await handler(parsed.data, { ws, now, ...who });
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toInfo() };
      log(`Operation ${operation} failed unexpectedly`, error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside CX Dojo. Your saved work is safe; try again.' } };
    }
  }

  function precheck(operation: string, token?: string | null): ErrorInfo | null {
    try {
      if (!isOperationName(operation)) throw unknownOperation(operation);
      authorise(operation, token, ws.now());
      return null;
    } catch (error) {
      if (error instanceof AppError) return error.toInfo();
      throw error;
    }
  }

  return {
    workspace: ws,
    call,
    precheck,
    close: () => ws.flush(),
  };
}
