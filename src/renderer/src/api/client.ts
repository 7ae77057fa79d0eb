/**
 * The renderer's one API client. Uses window.cxdojo (Electron preload) when present, HTTP
 * otherwise; both carry the same envelope. Built from the contract's operation list.
 */
import { operationNames, type InputOf, type OperationName, type ResultOf } from '../../../shared/contract';
import type { Envelope, ErrorInfo } from '../../../shared/errors';
import { isLeaving } from '../components/pending-work';

export class ApiError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.info = info;
  }
  get code() {
    return this.info.code;
  }
}

type Bridge = Record<string, (input: unknown, token: string | null) => Promise<Envelope<unknown>>>;
const bridge = (window as unknown as { cxdojo?: Bridge }).cxdojo;

const TOKEN_KEY = 'cxdojo.session';
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
const sessionEndListeners = new Set<(info: ErrorInfo) => void>();

export const sessionToken = {
  get: () => token,
  set(value: string | null) {
    token = value;
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
  /** Called when the host says the session is gone (idle lock, deactivated, host restarted). */
  onEnded(listener: (info: ErrorInfo) => void) {
    sessionEndListeners.add(listener);
    return () => sessionEndListeners.delete(listener);
  },
};

async function overHttp(name: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const body = JSON.stringify(input ?? {});
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      // A save sent while the page unloads must outlive it; browsers allow keep-alive bodies up to 64 KB.
      keepalive: isLeaving() && body.length < 60_000,
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'CX Dojo is not reachable. Is `npm run web` still running?' } };
  }
}

async function call(name: OperationName, input: unknown): Promise<unknown> {
  const envelope = bridge ? await bridge[name](input ?? {}, token) : await overHttp(name, input);
  if (envelope.ok) return envelope.value;
  if ((envelope.error.code === 'SESSION_EXPIRED' || envelope.error.code === 'UNAUTHENTICATED') && token) {
    sessionToken.set(null);
    for (const listener of sessionEndListeners) listener(envelope.error);
  }
  throw new ApiError(envelope.error);
}

export type Api = { [K in OperationName]: (input: InputOf<K>) => Promise<ResultOf<K>> };

export const api = Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => call(name, input)])) as Api;

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
