/**
 * `score <scenario.yaml|json> --replies <file.jsonl> [--json]`: scores staff replies against a
 * scenario's free-text steps, one JSON line in, one result out, in order. Every line is checked
 * before anything is printed: a bad scenario, an unknown step or a malformed line is reported with
 * its file and line, and the command exits 1.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { parseScenarioText } from '../../core/scenarios/scenario-files';
import { replyContextFor } from '../../core/scoring/reply-context';
import { scoreFreeTextReply } from '../../core/scoring/score-free-text-reply';
import { scoreReport, type ScoreReport } from '../../core/scoring/score-report';
import type { FreeTextStep, Scenario } from '../../shared/domain/scenario';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../cli-command';

const USAGE = `Usage: npm run cli -- score <scenario.yaml|json> --replies <file.jsonl> [--json]

Scores replies against the scenario's free-text steps. Each line of the replies file is one JSON
object: {"stepId": "...", "reply": "...", "customerName"?: "..."} (customerName defaults to the
scenario persona's name). Prints one result per line, in order:
{"stepId", "passed", "score", "elements": [{"id", "status"}], "mustAvoid": [{"id", "found"}],
 "tone": [{"check", "ok", "status"}]}
Without --json, prints one readable line per reply. Exits 1 when the scenario or any line is bad.`;

const replyLineSchema = z.object({
  stepId: z.string().min(1),
  reply: z.string(),
  customerName: z.string().optional(),
});

type ReplyLine = z.infer<typeof replyLineSchema>;

function parseArgs(args: string[]): { scenario: string; replies: string; json: boolean } | string {
  let scenario: string | undefined;
  let replies: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s);
    if (flag === '--json') json = true;
    else if (flag === '--replies') replies = inline ?? args[++i];
    else if (flag.startsWith('--')) return `Unknown option ${flag}.`;
    else if (scenario === undefined) scenario = args[i];
    else return `Unexpected argument "${args[i]}": give one scenario file.`;
  }
  if (!scenario) return 'Give the scenario file (.yaml, .yml or .json).';
  if (!replies) return 'Give the replies file with --replies <file.jsonl>.';
  return { scenario, replies, json };
}

async function readText(path: string, io: CliIo): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    io.err(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return null;
  }
}

function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `field "${i.path.join('.')}": ${i.message}` : i.message)).join('; ');
}

/** Each non-blank line as a checked reply, or its problem as "file:line: message". */
function readReplyLines(text: string, file: string, scenario: Scenario): { lines: ReplyLine[]; problems: string[] } {
  const lines: ReplyLine[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const at = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push(`${at}: not valid JSON (${(error as Error).message}).`);
      return;
    }
    const parsed = replyLineSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${at}: ${zodMessage(parsed.error)}.`);
      return;
    }
    const step = scenario.steps[parsed.data.stepId];
    if (!step) problems.push(`${at}: the scenario has no step "${parsed.data.stepId}".`);
    else if (step.type !== 'free-text') problems.push(`${at}: step "${parsed.data.stepId}" is a ${step.type} step, not a free-text reply.`);
    else lines.push(parsed.data);
  });
  return { lines, problems };
}

function readable(report: ScoreReport): string {
  const hit = report.elements.filter((e) => e.status === 'hit').map((e) => e.id);
  const found = report.mustAvoid.filter((m) => m.found).map((m) => m.id);
  const tone = report.tone.filter((t) => t.status === 'failed').map((t) => t.check);
  return `${report.stepId}: ${report.passed ? 'PASS' : 'FAIL'} ${Math.round(report.score * 100)}%  hit [${hit.join(', ')}]${found.length ? `  must-avoid [${found.join(', ')}]` : ''}${tone.length ? `  tone failed [${tone.join(', ')}]` : ''}`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`${parsed}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const scenarioPath = resolve(io.cwd, parsed.scenario);
  const repliesPath = resolve(io.cwd, parsed.replies);
  const scenarioText = await readText(scenarioPath, io);
  const repliesText = await readText(repliesPath, io);
  if (scenarioText === null || repliesText === null) return EXIT_BAD_INPUT;
  const scenarioFile = parseScenarioText(scenarioText, basename(scenarioPath));
  if (!scenarioFile.ok) {
    for (const p of scenarioFile.problems) io.err(`${parsed.scenario}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
    return EXIT_BAD_INPUT;
  }
  const scenario = scenarioFile.scenario;
  const { lines, problems } = readReplyLines(repliesText, parsed.replies, scenario);
  if (problems.length > 0) {
    for (const p of problems) io.err(p);
    return EXIT_BAD_INPUT;
  }
  for (const line of lines) {
    const step = scenario.steps[line.stepId] as FreeTextStep;
    const result = scoreFreeTextReply(line.reply, step, replyContextFor(scenario, line.stepId, { customerName: line.customerName }));
    const report = scoreReport(step, result);
    io.out(parsed.json ? JSON.stringify(report) : readable(report));
  }
  return EXIT_OK;
}

export const scoreCommand: CliCommand = { usage: USAGE, run };
