import { describe, expect, it } from 'vitest';
import { operationNames } from '../../shared/contract';
import type { HandlerGroup } from './handler-types';
import { operationTable } from './handlers/operation-table';
import { buildOperationTable, OperationRegistryError } from './operation-registry';

const handler = () => null;
const groups = (g: Record<string, Record<string, unknown>>) => g as unknown as Record<string, HandlerGroup>;

describe('the operation registry', () => {
  it('has exactly one handler for every operation in the contract', () => {
    expect(Object.keys(operationTable).sort()).toEqual([...operationNames].sort());
    for (const name of operationNames) expect(typeof operationTable[name], name).toBe('function');
  });

  it('refuses an operation two handler groups both implement, naming both', () => {
    const build = () => buildOperationTable(groups({ people: { signIn: handler }, session: { signIn: handler } }), ['signIn']);
    expect(build).toThrow(OperationRegistryError);
    expect(build).toThrow(/"signIn" is implemented twice: in the "people" and "session"/);
  });

  it('refuses a handler for a name the contract does not declare', () => {
    expect(() => buildOperationTable(groups({ session: { signIn: handler, dropTables: handler } }), ['signIn'])).toThrow(/"dropTables", which the contract/);
  });

  it('refuses a contract operation that no group implements', () => {
    expect(() => buildOperationTable(groups({ session: { signIn: handler } }), ['signIn', 'signOut'])).toThrow(/No handler group implements "signOut"/);
  });

  it('keeps each handler under its own name', () => {
    const signIn = () => 'in';
    const signOut = () => 'out';
    const table = buildOperationTable(groups({ a: { signIn }, b: { signOut } }), ['signIn', 'signOut']);
    expect(table.signIn).toBe(signIn);
    expect(table.signOut).toBe(signOut);
  });
});
