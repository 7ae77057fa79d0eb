/**
 * Registers every contract operation over IPC, generically: one `ipcMain.handle` per operation,
 * each dropping calls whose sender frame is not the app's own page.
 */
import { ipcChannel, operationNames } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import type { AppService } from '../core/service/app-service';

/** The part of Electron's ipcMain this wiring needs; tests pass a recorder. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>): void;
}

export type SenderCheck = (frameUrl: string | undefined) => boolean;

function payloadParts(payload: unknown): { input: unknown; token: string | null } {
  if (typeof payload !== 'object' || payload === null) return { input: undefined, token: null };
  const { input, token } = payload as { input?: unknown; token?: unknown };
  return { input, token: typeof token === 'string' ? token : null };
}

export function registerOperations(ipc: IpcRegistrar, service: AppService, isTrustedSender: SenderCheck): string[] {
  const channels: string[] = [];
  for (const name of operationNames) {
    const channel = ipcChannel(name);
    ipc.handle(channel, async (event, payload): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls from outside the app window are refused.' } };
      }
      const { input, token } = payloadParts(payload);
      return service.call(name, input, token);
    });
    channels.push(channel);
  }
  return channels;
}
