/** Every CLI command, in one place: add a command by adding its entry here. Modules load on use. */
import type { CliCommandEntry } from './cli-command';

export const COMMANDS: CliCommandEntry[] = [
  {
    name: 'import',
    summary: 'import and redact a chat export (WhatsApp, Messenger, Instagram, Telegram, LINE, CSV)',
    load: async () => (await import('./commands/import-command')).importCommand,
  },
  {
    name: 'validate',
    summary: 'check playbook and scenario files; print every problem with file, line and field',
    load: async () => (await import('./commands/validate-command')).validateCommand,
  },
  {
    name: 'score',
    summary: 'score staff replies (JSON lines) against a scenario; print one result per reply',
    load: async () => (await import('./commands/score-command')).scoreCommand,
  },
  {
    name: 'eval',
    summary: "print the scorer's agreement with the blind graded set (per part, tune and aside)",
    load: async () => (await import('./commands/eval-command')).evalCommand,
  },
  {
    name: 'demo',
    summary: 'create a demo shop workspace with eight weeks of training history',
    load: async () => (await import('./commands/demo-command')).demoCommand,
  },
];
