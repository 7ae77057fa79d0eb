/**
 * The building block of the API contract: one operation = name, zod input schema,
 * result type (carried as a phantom type) and the roles allowed to call it.
 */
import type { z } from 'zod';

export const ROLES = ['leader', 'manager', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call an operation: anyone (before sign-in), a list of roles, or 'first-run': anyone
 * while the folder holds no workspace yet (the welcome screen), leaders only once it does.
 */
export type Access = 'public' | 'first-run' | readonly Role[];

/** @alias Every role, named for reading an access table. */
export const EVERYONE: readonly Role[] = ROLES;
export const MANAGERS: readonly Role[] = ['leader', 'manager'];
export const LEADERS: readonly Role[] = ['leader'];

/** Most calls carry a few kilobytes; the hosts refuse anything above this unless the operation says more. */
export const DEFAULT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

export interface OperationSpec<I extends z.ZodType = z.ZodType, R = unknown> {
  readonly input: I;
  readonly access: Access;
  readonly summary: string;
  /** The largest request body the operation accepts (files and uploads); default DEFAULT_BODY_LIMIT_BYTES. */
  readonly bodyLimitBytes?: number;
  /** Phantom field: never set at run time, only carries the result type. */
  readonly __result?: R;
}

/** `operation<ResultType>()({ input, access, summary })` — the result type is given explicitly. */
export function operation<R>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access; summary: string; bodyLimitBytes?: number }): OperationSpec<I, R> => spec;
}

export function isAllowed(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (access === 'first-run') return role === 'leader';
  return role !== null && access.includes(role);
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * Joins the domains' ops objects into one contract. A name two domains both declare is refused
 * when the contract module loads (a spread would let the later one silently win).
 */
export function joinOperations<G extends readonly Readonly<Record<string, OperationSpec>>[]>(...groups: G): UnionToIntersection<G[number]> {
  const joined: Record<string, OperationSpec> = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(joined, name)) throw new Error(`Operation "${name}" is declared twice in src/shared/contract. Operation names must be unique; rename or remove one.`);
      joined[name] = spec;
    }
  }
  return joined as UnionToIntersection<G[number]>;
}
