/** Builds window.cxdojo from the contract's operation list: one function per operation. */
import { ipcChannel, operationNames, type OperationName } from '../shared/contract';

export type Invoke = (channel: string, payload: { input: unknown; token: string | null }) => Promise<unknown>;
export type Bridge = Record<OperationName, (input: unknown, token: string | null) => Promise<unknown>>;

export function buildBridge(invoke: Invoke): Bridge {
  return Object.fromEntries(operationNames.map((name) => [name, (input: unknown, token: string | null) => invoke(ipcChannel(name), { input, token })])) as Bridge;
}
