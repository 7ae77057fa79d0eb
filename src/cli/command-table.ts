/** Every CLI command, in one place: add a command by adding its module here. */
import type { CliCommand } from './cli-command';
import { importCommand } from './commands/import-command';
import { validateCommand } from './commands/validate-command';
import { demoCommand } from './commands/demo-command';

export const COMMANDS: CliCommand[] = [importCommand, validateCommand, demoCommand];
