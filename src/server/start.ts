/**
 * `npm run web`: opens the workspace and serves the app in a browser at 127.0.0.1.
 * Options: --port <n> (default 5180, 0 = any free port), --data-dir <folder>, --host <address>.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createSwitchableService } from '../core/service/switchable-service';
import { defaultDataDir } from '../core/store/default-data-dir';
import { AppError } from '../shared/errors';
import { startHttpHost } from './http-host';

const repoRoot = resolve(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.CXDOJO_PORT ?? '5180' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError('INVALID_INPUT', `--port must be a number from 0 to 65535, not "${values.port}".`);

  // The switcher holds the workspace lock: of the own folder, or of the demo shop while that is open.
  const service = await createSwitchableService({ dataDir, contentDir: resolve(repoRoot, 'content'), lockLabel: `npm run web on ${values.host}` });
  const rendererDir = process.env.CXDOJO_RENDERER_DIR ?? resolve(repoRoot, 'out', 'renderer');
  const host = await startHttpHost({ service, rendererDir, host: values.host, port });
  // Stop cleanly from the first moment the address is known: whoever reads it may stop us at once.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`CX Dojo is running at ${host.url}`);
  console.log(`Workspace folder: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
}

main().catch((error) => {
  console.error(error instanceof AppError ? `CX Dojo could not start: ${error.message}` : error);
  process.exit(1);
});
