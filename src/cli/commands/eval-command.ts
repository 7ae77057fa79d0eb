/**
 * `eval [--json] [--disagreements]`: the scorer against the blind graded set. Prints, per part (tune;
 * aside, never looked at; fresh, written after tuning ended) and per set (starter scenarios, an
 * owner's new first-try scenarios), good replies passed,
 * failing replies passed, verdict, element, must-avoid and tone agreement, and Cohen's kappa.
 * --disagreements lists the tune part's disagreements only: the aside part is never read for tuning.
 */
import { agreementOf, meetsTargets, scoreCase, TARGETS, TONE_LABELS, type Agreement, type CaseOutcome } from '../../core/scoring/eval/agreement';
import { loadGradedSet } from '../../core/scoring/eval/load-graded-set';
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../cli-command';
import { REDACTION_USAGE, runRedactionEval } from './redaction-eval';
import { SUGGESTED_RUBRIC_TARGET, scoreWithSuggestedRubrics } from '../../core/scenarios/eval-suggested-rubrics';

const USAGE = `Usage: npm run eval [-- --json] [-- --disagreements]

Scores the blind graded set (src/core/scoring/eval/graded-set) and prints the scorer's agreement
with the graders, for the tune part, the aside part (never used for tuning) and the fresh part
(written after tuning ended) separately.

${REDACTION_USAGE}

npm run eval -- suggestions
  Replaces each graded step's rubric by the one suggested from its model answer and the customer's
  messages (no hand edits) and prints the verdict agreement with the graders.`;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

/** A table row; `columns` cuts it after the verdict columns where elements are not compared. */
function row(name: string, a: Agreement, columns = 9): string {
  return [
    name.padEnd(22),
    String(a.replies).padStart(5),
    `${pct(a.goodPassed)} of ${String(a.humanPassed).padStart(3)}`,
    `${pct(a.failingPassed)} of ${String(a.humanFailed).padStart(3)}`,
    pct(a.verdictAgreement),
    a.kappa.toFixed(2).padStart(6),
    pct(a.elementAgreement),
    pct(a.mustAvoidAgreement),
    pct(a.toneAllRight),
  ]
    .slice(0, columns)
    .join('  ');
}

const HEADER = ['slice'.padEnd(22), 'reply', 'good passed   ', 'failing passed', 'verdict', ' kappa', 'element', 'mustAvd', '  tone'].join('  ');

function slices(outcomes: readonly CaseOutcome[]): Array<[string, Agreement]> {
  const out: Array<[string, Agreement]> = [];
  for (const part of ['tune', 'aside', 'fresh'] as const) {
    const inPart = outcomes.filter((o) => o.case.part === part);
    if (inPart.length === 0) continue;
    out.push([`${part}`, agreementOf(inPart)]);
    for (const set of ['starter', 'new'] as const) {
      const inSet = inPart.filter((o) => o.case.set === set);
      if (inSet.length > 0) out.push([`  ${part} · ${set === 'new' ? 'new scenarios' : 'starter'}`, agreementOf(inSet)]);
    }
  }
  out.push(['all', agreementOf(outcomes)]);
  return out;
}

function describeDisagreement(o: CaseOutcome): string {
  const r = o.case.reply;
  const bits: string[] = [];
  if (o.passed !== r.labels.passed) bits.push(`verdict: grader ${r.labels.passed ? 'PASS' : 'FAIL'}, scorer ${o.passed ? 'PASS' : 'FAIL'} (${Math.round(o.score * 100)}%)`);
  for (const e of o.elements) if (e.human !== e.scorer) bits.push(`element ${e.id}: grader ${e.human ? 'hit' : 'missed'}`);
  for (const m of o.mustAvoid) if (m.human !== m.scorer) bits.push(`must-avoid ${m.id}: grader ${m.human ? 'found' : 'not found'}`);
  for (const l of TONE_LABELS) if (o.tone[l] !== r.labels.tone[l]) bits.push(`tone ${l}: grader ${r.labels.tone[l]}`);
  return bits.length ? `${r.id} [${r.kind}] ${bits.join('; ')}\n    ${r.reply}\n    grader: ${r.note}` : '';
}

async function run(args: string[], io: CliIo): Promise<number> {
  if (args[0] === 'redaction') return runRedactionEval(args.slice(1), io);
  if (args[0] === 'suggestions') return runSuggestionEval(io);
  const unknown = args.find((a) => a !== '--json' && a !== '--disagreements');
  if (unknown) {
    io.err(`Unknown option ${unknown}.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const outcomes = loadGradedSet().map(scoreCase);
  const table = slices(outcomes);
  if (args.includes('--json')) {
    io.out(JSON.stringify({ targets: TARGETS, slices: Object.fromEntries(table.map(([name, a]) => [name.trim(), a])) }, null, 2));
    return EXIT_OK;
  }
  if (args.includes('--disagreements')) {
    for (const o of outcomes.filter((x) => x.case.part === 'tune')) {
      const text = describeDisagreement(o);
      if (text) io.out(text);
    }
    return EXIT_OK;
  }
  io.out('Scorer agreement with the blind graded set (graders saw only the situation, prompt and element labels)\n');
  io.out(HEADER);
  for (const [name, a] of table) io.out(row(name, a));
  const aside = agreementOf(outcomes.filter((o) => o.case.part !== 'tune'));
  io.out(
    `\nTargets on every reply never used for tuning (aside + fresh, ${aside.replies} replies): good replies passed >= ${pct(TARGETS.goodPassed).trim()}, failing replies passed <= ${pct(TARGETS.failingPassed).trim()}, verdict and element agreement >= ${pct(TARGETS.verdictAgreement).trim()}, all four tone labels right >= ${pct(TARGETS.toneAllRight).trim()}: ${meetsTargets(aside) ? 'met' : 'NOT met'}.`,
  );
  return EXIT_OK;
}

function runSuggestionEval(io: CliIo): number {
  const table = slices(scoreWithSuggestedRubrics(loadGradedSet()));
  io.out('Suggested rubrics (made from each step\'s model answer, no hand edits) against the blind graded set\n');
  io.out(['slice'.padEnd(22), 'reply', 'good passed   ', 'failing passed', 'verdict', ' kappa'].join('  '));
  for (const [name, a] of table) io.out(row(name, a, 6));
  const all = table.find(([name]) => name === 'all')![1];
  io.out(`\nTarget: verdict agreement >= ${pct(SUGGESTED_RUBRIC_TARGET).trim()} on all graded replies: ${all.verdictAgreement >= SUGGESTED_RUBRIC_TARGET ? 'met' : 'NOT met'}.`);
  return EXIT_OK;
}

export const evalCommand: CliCommand = { usage: USAGE, run };
