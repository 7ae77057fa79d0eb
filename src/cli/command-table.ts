/** Every CLI command, in one place: add a command by adding its module here. */
import type { CliCommand } from './cli-command';
import { importCommand } from './commands/import-command';

export const COMMANDS: CliCommand[] = [importCommand];
