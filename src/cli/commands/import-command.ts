/**
 * `import <file> [more files of the same thread] [--format ..] [--region MY] [--brand ..] [--staff a,b]
 * [--chat <telegram chat id>] [--no-redact] [--json]`: imports and redacts a chat export and prints it.
 * Without --region, phone formats are taken from the international numbers found in the chat.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatChoiceSchema, type TranscriptImportJson } from '../../shared/domain/transcript';
import { importTranscriptFiles, type ImportOptions } from '../../core/transcripts/import-transcript';
import { TranscriptImportError } from '../../core/transcripts/import-error';
import { redactTranscript } from '../../core/transcripts/redaction/redact-transcript';
import { splitConversations } from '../../core/transcripts/split-conversations';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../cli-command';
import { formatImportSummary } from './import-summary';

const USAGE = `Usage: npm run cli -- import <file> [<file> ...] [options]

Imports a chat export, redacts personal data and prints the result.

Options:
  --format auto|whatsapp|messenger|instagram|telegram|line|csv   (default: auto)
  --region <CC>      shop's country for local phone numbers, e.g. MY, ID, VN, PH, TH, NG, KE
  --brand <name>     the shop's name, to tell staff from customers
  --staff <a,b>      staff names, comma-separated
  --chat <id>        which chat of a Telegram full export
  --no-redact        print without redaction (nothing is stored either way)
  --json             print {format, participants, messages, redactions} as JSON`;

interface ParsedArgs {
  files: string[];
  options: ImportOptions;
  redact: boolean;
  json: boolean;
}

function parseArgs(args: string[]): ParsedArgs | string {
  const parsed: ParsedArgs = { files: [], options: {}, redact: true, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string | undefined => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      return args[++i];
    };
    const flag = arg.split('=')[0];
    if (flag === '--json') parsed.json = true;
    else if (flag === '--no-redact') parsed.redact = false;
    else if (flag === '--format') {
      const format = formatChoiceSchema.safeParse(value());
      if (!format.success) return `--format must be one of ${formatChoiceSchema.options.join(', ')}.`;
      parsed.options.format = format.data;
    } else if (flag === '--region') {
      const region = value()?.toUpperCase();
      if (!region || !/^[A-Z]{2}$/.test(region)) return '--region needs a two-letter country code such as MY.';
      parsed.options.region = region;
    } else if (flag === '--brand') parsed.options.brandName = value();
    else if (flag === '--staff') parsed.options.staffNames = (value() ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    else if (flag === '--chat') parsed.options.telegramChatId = value();
    else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) return 'Give the file to import.';
  return parsed;
}

async function readInputs(files: string[], io: CliIo): Promise<{ bytes: Uint8Array; fileName: string }[] | string> {
  const out = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    try {
      const info = await stat(path);
      if (!info.isFile()) return `${file}: not a file.`;
      if (info.size > 200 * 1024 * 1024) {
        return `${file}: the file is ${(info.size / 1024 / 1024).toFixed(0)} MB; the limit is 200 MB. Export a shorter period of the chat, or split the file.`;
      }
      out.push({ bytes: new Uint8Array(await readFile(path)), fileName: basename(path) });
    } catch {
      return `${file}: cannot read the file (does it exist?).`;
    }
  }
  return out;
}

const MESSAGES_PER_CHUNK = 5000;

/**
 * The JSON of `--json` in pieces (a line break between them is JSON whitespace), so a 200,000-message
 * chat is never one giant string; each message is written with exactly the stable keys.
 */
export function* importJsonChunks(json: TranscriptImportJson): Generator<string> {
  const { format, participants, messages, redactions } = json;
  yield `{"format":${JSON.stringify(format)},"participants":${JSON.stringify(participants.map(({ id, name, side }) => ({ id, name, side })))},"messages":[`;
  for (let from = 0; from < messages.length; from += MESSAGES_PER_CHUNK) {
    const part = JSON.stringify(messages.slice(from, from + MESSAGES_PER_CHUNK).map(({ id, at, sender, text, kind }) => ({ id, at, sender, text, kind })));
    yield part.slice(1, -1) + (from + MESSAGES_PER_CHUNK < messages.length ? ',' : '');
  }
  yield `],"redactions":${JSON.stringify(redactions)}}`;
}

export const importCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.err(`${parsed}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const inputs = await readInputs(parsed.files, io);
    if (typeof inputs === 'string') {
      io.err(`Error: ${inputs}`);
      return EXIT_BAD_INPUT;
    }
    try {
      const imported = importTranscriptFiles(inputs, parsed.options);
      // On stderr, so the --json shape on stdout stays as it is.
      for (const warning of imported.warnings ?? []) io.err(`Warning: ${warning.message}`);
      const outcome = parsed.redact ? redactTranscript(imported, { region: parsed.options.region, shopName: parsed.options.brandName }) : { transcript: imported, counts: [], spans: [] };
      const transcript = outcome.transcript;
      if (parsed.json) {
        for (const chunk of importJsonChunks({ format: imported.format, participants: transcript.participants, messages: transcript.messages, redactions: outcome.counts })) io.out(chunk);
      } else {
        io.out(formatImportSummary({ ...imported, ...transcript, format: imported.format }, outcome.counts, splitConversations(transcript.messages).length, parsed.redact));
      }
      return EXIT_OK;
    } catch (error) {
      if (error instanceof TranscriptImportError) {
        io.err(`Error: ${error.message}`);
        return EXIT_BAD_INPUT;
      }
      throw error;
    }
  },
};
