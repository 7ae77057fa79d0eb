/**
 * Joins the domains' handler groups into the one table the service dispatches on. Two groups
 * implementing the same operation, a name the contract does not have, or an operation nobody
 * implements all fail here, when the service module loads — instead of one spread silently winning.
 */
import { operationNames, type OperationName } from '../../shared/contract';
import type { Handler, HandlerGroup } from './handler-types';

export type OperationTable = { readonly [K in OperationName]: Handler<K> };

type Groups = Readonly<Record<string, HandlerGroup>>;
type Covered<G extends Groups> = { [L in keyof G]: keyof G[L] }[keyof G];
/** A compile-time echo of the start-up check: the operations no group implements. */
type Uncovered<G extends Groups> = Exclude<OperationName, Covered<G>>;

export class OperationRegistryError extends Error {
  override name = 'OperationRegistryError';
}

export function buildOperationTable<G extends Groups>(
  groups: G & ([Uncovered<G>] extends [never] ? unknown : { missingHandlersFor: Uncovered<G> }),
  operations: readonly string[] = operationNames,
): OperationTable {
  const known = new Set(operations);
  const table = new Map<string, { group: string; handler: unknown }>();
  for (const [group, handlers] of Object.entries(groups as Groups)) {
    for (const [name, handler] of Object.entries(handlers)) {
      const earlier = table.get(name);
      if (earlier) throw new OperationRegistryError(`Operation "${name}" is implemented twice: in the "${earlier.group}" and "${group}" handler groups. Keep one.`);
      if (!known.has(name)) throw new OperationRegistryError(`The "${group}" handler group implements "${name}", which the contract (src/shared/contract) does not declare.`);
      table.set(name, { group, handler });
    }
  }
  const missing = operations.filter((name) => !table.has(name));
  if (missing.length > 0) throw new OperationRegistryError(`No handler group implements ${missing.map((n) => `"${n}"`).join(', ')}. Add it next to its domain's handlers.`);
  return Object.fromEntries([...table].map(([name, entry]) => [name, entry.handler])) as unknown as OperationTable;
}
