/**
 * `demo <folder> [--seed <n>]`: creates the demo shop workspace in an empty folder — a dozen
 * people, the starter content, eight weeks of attempts, reviews, comments and acknowledgements —
 * and prints how to open it. The folder is marked as a demo and never mixes with a real workspace.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hashPin } from '../../core/auth/pin-hash';
import { DEMO_PIN, folderHasWorkspace, generateDemoShop } from '../../core/demo';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../cli-command';

const USAGE = `Usage: npm run demo -- <folder> [--seed <n>]

Creates a demo shop workspace in <folder> (which must not hold a workspace yet): twelve people in
every role, the starter playbook (published) and scenarios, eight weeks of realistic attempts with
reviews and coaching comments, assignments and acknowledgements. Every demo PIN is ${DEMO_PIN}.
Open it with: npm run web -- --data-dir <folder>`;

export const contentDir = resolve(import.meta.dirname, '..', '..', '..', 'content');

export const demoCommand: CliCommand = {
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { seed: { type: 'string' } } });
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const [folder] = parsed.positionals;
    const seed = parsed.values.seed === undefined ? 7 : Number(parsed.values.seed);
    if (!folder || parsed.positionals.length > 1 || !Number.isInteger(seed)) {
      io.err(USAGE);
      return EXIT_USAGE;
    }
    const dir = resolve(io.cwd, folder);
    if (await folderHasWorkspace(dir)) {
      io.err(`${dir} already holds a workspace. Choose a new, empty folder for the demo shop.`);
      return EXIT_BAD_INPUT;
    }
    const made = await generateDemoShop({ dir, contentDir, now: new Date(), pin: await hashPin(DEMO_PIN), seed });
    io.out(`Demo shop created in ${dir}: ${made.people.length} people, ${made.attempts} attempts.`);
    io.out(`Sign in as any of them with PIN ${DEMO_PIN}: ${made.people.map((p) => `${p.name} (${p.role})`).join(', ')}.`);
    io.out(`Open it with: npm run web -- --data-dir "${dir}"`);
    return EXIT_OK;
  },
};
