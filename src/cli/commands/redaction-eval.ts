/**
 * `eval redaction [--json] [--misses]`: redaction against the blind graded chats. Prints, for the
 * tune part and the aside part (never read while tuning) separately: personal data found (per type
 * and market), serious leaks, ordinary words wrongly hidden per 1,000 words, must-keep strings
 * hidden and optional strings hidden. --misses lists the misses of the tune parts only.
 */
import { GRADED_CHAT_PARTS, isHeldOut, loadGradedChats } from '../../core/transcripts/redaction/eval/load-graded-chats';
import { evaluateChat, figuresOf, isSerious, meetsRedactionTargets, REDACTION_TARGETS, wronglyHiddenPer1000, type ChatOutcome, type RedactionFigures } from '../../core/transcripts/redaction/eval/redaction-agreement';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../cli-command';

export const REDACTION_USAGE = `Usage: npm run eval -- redaction [--json] [--misses]

Imports every graded chat (src/core/transcripts/redaction/eval/graded-chats) the way the app does and
compares what redaction hid with the writers' keys, for the tune and the aside part separately.`;

const pct = (found: number, total: number) => (total ? `${((found / total) * 100).toFixed(1)}%` : '  -  ');

function describe(name: string, f: RedactionFigures): string[] {
  const lines = [
    `${name}: ${f.chats} chats${f.errors ? ` (${f.errors} did not import)` : ''}, ${f.pii} personal-data strings, ${f.words} words`,
    `  found ${pct(f.found, f.pii)} (${f.found}/${f.pii}) · serious leaks ${f.seriousLeaks} · wrongly hidden ${wronglyHiddenPer1000(f).toFixed(2)} per 1,000 words (${f.wronglyHidden}) · must-keep hidden ${f.keepHidden} of ${f.keepTotal} · optional hidden ${f.optionalHidden} of ${f.optionalTotal} · suggested to the reviewer ${f.suggestions} (${f.suggestionsPersonal} personal)`,
    `  by type:   ${Object.entries(f.byType).map(([t, v]) => `${t} ${pct(v.found, v.pii)} (${v.pii})`).join(' · ')}`,
    `  by market: ${Object.entries(f.byMarket).map(([m, v]) => `${m} ${pct(v.found, v.pii)} (${v.pii})`).join(' · ')}`,
  ];
  return lines;
}

function misses(o: ChatOutcome): string[] {
  const out: string[] = [];
  if (o.error) out.push(`  did not import: ${o.error}`);
  for (const p of o.pii) if (!p.found) out.push(`  ${p.leaked && isSerious(p) ? 'LEAK' : 'miss'} ${p.type} "${p.text}" → ${p.shown.slice(0, 3).join(' | ')}`);
  for (const k of new Set(o.keepHidden)) out.push(`  keep hidden "${k}"`);
  if (o.wronglyHidden.length) out.push(`  wrongly hidden: ${o.wronglyHidden.slice(0, 20).join(', ')}`);
  return out.length ? [`${o.chat.key.file}`, ...out] : [];
}

export async function runRedactionEval(args: string[], io: CliIo): Promise<number> {
  const unknown = args.find((a) => a !== '--json' && a !== '--misses');
  if (unknown) {
    io.err(`Unknown option ${unknown}.\n\n${REDACTION_USAGE}`);
    return EXIT_USAGE;
  }
  const outcomes = loadGradedChats().map(evaluateChat);
  const parts = GRADED_CHAT_PARTS.map((part) => [part, figuresOf(outcomes.filter((o) => o.chat.part === part))] as const);
  if (args.includes('--json')) {
    io.out(JSON.stringify({ targets: REDACTION_TARGETS, parts: Object.fromEntries(parts) }, null, 2));
    return EXIT_OK;
  }
  if (args.includes('--misses')) {
    for (const o of outcomes.filter((x) => !isHeldOut(x.chat.part))) for (const line of misses(o)) io.out(line);
    return EXIT_OK;
  }
  io.out('Redaction against the blind graded chats (writers saw only the brief and the format samples)\n');
  for (const [part, f] of parts) for (const line of describe(part, f)) io.out(line);
  for (const [part, f] of parts.filter(([p]) => isHeldOut(p)))
    io.out(
      `\nTargets on the ${part} part: found >= ${REDACTION_TARGETS.recall * 100}%, no full name, phone, address or account leaked, wrongly hidden <= ${REDACTION_TARGETS.wronglyHiddenPer1000} per 1,000 words: ${meetsRedactionTargets(f) ? 'met' : 'NOT met'}.`,
    );
  return EXIT_OK;
}
