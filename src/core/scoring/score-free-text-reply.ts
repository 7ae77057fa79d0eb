/**
 * Scores one free-text reply against its step's rubric. Pure and deterministic: the same reply,
 * step and context always give the same result, fast enough to run on every keystroke of the
 * editor's "try a reply" box.
 *
 * Rules (QA-scorecard conventions): a hit element earns its weight; a missed element earns 0 of
 * its weight; an N/A element leaves the maximum; must-avoid items take their penalty off, or
 * auto-fail (score 0, every other finding still reported); tone "do" checks add to the maximum,
 * "don't" checks take points off; score = earned / applicable maximum.
 */
import type { FreeTextStep, NaCondition, RubricElement } from '../../shared/domain/scenario';
import type {
  ElementResult,
  FreeTextResult,
  LengthFinding,
  MustAvoidFinding,
  ReplyTimeFinding,
  ScoreLine,
  ToneFinding,
} from '../../shared/domain/scoring';
import { TONE_CHECK_WORDS } from '../../shared/domain/scoring';
import { conceptLabel } from './concepts/concepts';
import { matchItem, type ReplyReading } from './element-matching';
import { isAskingElement } from './element-asks';
import { readFacts } from './facts/read-facts';
import { formatPoints, labelled, line, quoteList } from './score-lines';
import { scoreFrom, totalsByStandard, type PointsEntry } from './standard-totals';
import { containsThai, foldText, type FoldedText } from './text-folding';
import type { Fact } from './facts/fact-types';
import { checkTone } from './tone-checks';
import { rollsEyes } from './shouting';
import { questionsAnswering } from './customer-questions';
import { judgeReplyTime, replyTimeEntries } from './reply-time';

export interface ReplyContext {
  language: string;
  customerName?: string;
  /** Seconds from the customer's last message to the reply being sent. */
  replyTimeSec?: number;
  /** Default 0.8. */
  passMark?: number;
  stepId?: string;
  /** Capitalised words the scenario itself uses (product codes, places): not shouting. */
  knownCodes?: readonly string[];
  /** The customer's messages just before this reply: an element answering their question is needed to pass. */
  customerMessages?: readonly string[];
}

const TONE_LABELS = TONE_CHECK_WORDS;

/** "a fact: RM164; or words such as 'jumlah', 'total'; or an apology (any wording)". */
export function describeLookedFor(el: Pick<RubricElement, 'phrases' | 'concepts' | 'facts' | 'require'>): string {
  const parts = [
    ...el.phrases.map((g) => `words such as ${quoteList(g.slice(0, 3))}`),
    ...(el.concepts ?? []).map((id) => `${conceptLabel(id).toLowerCase()} (in any wording)`),
    ...(el.facts ?? []).map((f) => `the fact '${f}' (in any wording)`),
  ];
  return parts.join(el.require === 'all' ? '; and ' : '; or ');
}

function scoreElementsFirstPass(reply: ReplyReading, elements: readonly RubricElement[], blockers: string[]): ElementResult[] {
  return elements.map((el) => {
    const statedOnly = !isAskingElement(el);
    const { hit, matches, contradiction } = matchItem(reply, el, { sincereOnly: true, statedOnly, expandConcepts: true });
    if (contradiction) blockers.push(`"${el.label}" says '${contradiction.stated}' where the situation says "${contradiction.expected}".`);
    const onlyAsked = !hit && !contradiction && statedOnly && matchItem(reply, el, { sincereOnly: true, expandConcepts: true }).hit;
    const lookedFor = contradiction ? `'${contradiction.expected}', not '${contradiction.stated}'` : `${describeLookedFor(el)}${onlyAsked ? ', said as done, not asked as a question' : ''}`;
    return {
      ...(hit ? {} : { lookedFor }),
      elementId: el.id,
      label: el.label,
      standardId: el.standardId,
      weight: el.weight,
      status: hit ? 'hit' : 'missed',
      matches,
      earned: hit ? el.weight : 0,
      max: el.weight,
    };
  });
}

function conditionHolds(condition: NaCondition, reply: ReplyReading, hits: ReadonlySet<string>, context: ReplyContext): boolean {
  switch (condition.when) {
    case 'reply-mentions':
      return matchItem(reply, { phrases: condition.phrases }).hit;
    case 'element-hit':
      return hits.has(condition.elementId);
    case 'no-customer-name':
      return !context.customerName?.trim();
  }
}

/** N/A only replaces "missed": a hit is never taken away. */
function applyNotApplicable(results: ElementResult[], elements: readonly RubricElement[], reply: ReplyReading, context: ReplyContext): ElementResult[] {
  const hits = new Set(results.filter((r) => r.status === 'hit').map((r) => r.elementId));
  return results.map((r, i) => {
    const condition = elements[i].naWhen;
    if (r.status !== 'missed' || !condition || !conditionHolds(condition, reply, hits, context)) return r;
    return { ...r, status: 'na', earned: 0, max: 0 };
  });
}

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** Words as a reader counts them: Thai is written without spaces, so it is split into its words. */
function wordCount(text: string): number {
  if (text === '') return 0;
  if (!containsThai(text)) return text.split(/\s+/).length;
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

function checkLength(reply: string, step: FreeTextStep): LengthFinding | undefined {
  const range = step.rubric.length;
  if (!range) return undefined;
  const trimmed = reply.trim();
  const actual = range.unit === 'words' ? wordCount(trimmed) : [...trimmed].length;
  const ok = (range.min === undefined || actual >= range.min) && (range.max === undefined || actual <= range.max);
  return { unit: range.unit, actual, min: range.min, max: range.max, ok, penalty: ok ? 0 : range.penalty };
}

function describeRange(l: LengthFinding): string {
  if (l.min !== undefined && l.max !== undefined) return `${l.min}–${l.max}`;
  return l.min !== undefined ? `at least ${l.min}` : `at most ${l.max}`;
}

function explain(
  elements: ElementResult[],
  mustAvoid: MustAvoidFinding[],
  tone: ToneFinding[],
  length: LengthFinding | undefined,
  replyTime: ReplyTimeFinding,
): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const e of elements) {
    if (e.status === 'hit') lines.push(line(e.earned, e.standardId, labelled(formatPoints(e.earned), e.label, e.standardId, `matched ${quoteList(e.matches.map((m) => m.text))}`)));
    else if (e.status === 'missed') lines.push(line(0, e.standardId, labelled(`0 of ${e.weight}`, e.label, e.standardId, `not found in the reply (looked for ${e.lookedFor ?? 'its phrases'})`)));
    else lines.push(line(0, e.standardId, labelled('N/A', e.label, e.standardId, 'does not apply to this reply')));
  }
  for (const f of mustAvoid) {
    const detail = `matched ${quoteList(f.matches.map((m) => m.text))}`;
    lines.push(line(-f.penalty, f.standardId, labelled(f.autoFail ? 'Auto-fail:' : formatPoints(-f.penalty), f.label, f.standardId, detail)));
  }
  for (const t of tone) {
    const label = TONE_LABELS[t.check];
    if (t.status === 'na') lines.push(line(0, t.standardId, labelled('N/A', label, t.standardId, 'no customer name known')));
    else if (t.max > 0) {
      const detail = t.ok ? `matched ${quoteList(t.matches.map((m) => m.text))}` : 'not found in the reply';
      lines.push(line(t.earned, t.standardId, labelled(t.ok ? formatPoints(t.earned) : `0 of ${t.max}`, label, t.standardId, detail)));
    } else if (!t.ok) lines.push(line(t.earned, t.standardId, labelled(formatPoints(t.earned), label, t.standardId, `found ${quoteList(t.matches.map((m) => m.text))}`)));
  }
  if (length && !length.ok) {
    const text = `Length: ${length.actual} ${length.unit === 'words' ? 'words' : 'characters'}, expected ${describeRange(length)}`;
    lines.push(line(-length.penalty, undefined, length.penalty > 0 ? `${formatPoints(-length.penalty)} ${text}` : `${text} (advice only)`));
  }
  if (replyTime.actualSec !== undefined) {
    const verdict = replyTime.withinTarget ? 'within' : 'over';
    lines.push(line(0, undefined, `Reply time: ${replyTime.actualSec} s, ${verdict} the ${replyTime.targetSec} s target`));
  }
  return lines;
}

export function scoreFreeTextReply(reply: string, step: FreeTextStep, context: ReplyContext): FreeTextResult {
  const reading = readReply(reply, context.language, step.prompt);
  const { rubric } = step;
  const blockers: string[] = [];
  const elements = applyNotApplicable(scoreElementsFirstPass(reading, rubric.elements, blockers), rubric.elements, reading, context);

  const mustAvoid: MustAvoidFinding[] = [];
  for (const item of rubric.mustAvoid) {
    const { matches } = matchItem(reading, item, { expandAvoided: true });
    if (matches.length === 0) continue;
    mustAvoid.push({ itemId: item.id, label: item.label, standardId: item.standardId, autoFail: item.autoFail, penalty: item.autoFail ? 0 : item.penalty, matches });
  }
  const tone = checkTone(reading.folded, rubric.tone, context);
  const length = checkLength(reply, step);
  const replyTime = judgeReplyTime(step, context.replyTimeSec);

  const entries: PointsEntry[] = [
    ...elements.map((e) => ({ standardId: e.standardId, earned: e.earned, max: e.max })),
    ...tone.map((t) => ({ standardId: t.standardId, earned: t.earned, max: t.max })),
    ...mustAvoid.map((f) => ({ standardId: f.standardId, earned: -f.penalty, max: 0 })),
    ...(length ? [{ standardId: undefined, earned: -length.penalty, max: 0 }] : []),
  ];
  const autoFailed = mustAvoid.some((f) => f.autoFail);
  const totals = scoreFrom(
    entries.reduce((n, e) => n + e.earned, 0),
    entries.reduce((n, e) => n + e.max, 0),
    autoFailed,
    context.passMark ?? 0.8,
  );
  const lines = explain(elements, mustAvoid, tone, length, replyTime);
  if (autoFailed) lines.push(line(0, undefined, 'Score set to 0: the reply contains an auto-fail item.'));
  // Critical errors fail a reply whatever its score, as a QA lead would: wrong facts, shouting, "!!!".
  for (const t of tone) if (t.max === 0 && t.status === 'failed') blockers.push(t.check === 'shouting' ? 'It shouts in capitals.' : 'It uses a stack of "!!!".');
  if (rollsEyes(reply)) blockers.push('It rolls its eyes at the customer (🙄).');
  if (context.customerMessages?.length) {
    const status = new Map(elements.map((e) => [e.elementId, e]));
    for (const ids of questionsAnswering(rubric.elements, context.customerMessages, context.language)) {
      const answers = ids.map((id) => status.get(id)!);
      if (answers.every((e) => e.status === 'missed')) blockers.push(`It leaves the customer's question unanswered: "${answers.map((e) => e.label).join('" or "')}".`);
    }
  }
  for (const b of blockers) lines.push(line(0, undefined, `Not passed: ${b}`));
  if (blockers.length > 0) totals.passed = false;

  return {
    kind: 'free-text',
    stepId: context.stepId ?? '',
    reply,
    elements,
    mustAvoid,
    tone,
    ...(length ? { length } : {}),
    replyTime,
    ...(blockers.length > 0 ? { criticalErrors: blockers } : {}),
    perStandard: totalsByStandard([...entries, ...replyTimeEntries(replyTime)]),
    ...totals,
    autoFailed,
    lines,
  };
}

function statedFacts(folded: FoldedText, facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => {
    const word = folded.words.find((w) => w.end > f.start);
    const sentence = word ? folded.sentences[word.sentence] : undefined;
    return !sentence?.question && !sentence?.hedged;
  });
}

const situationCache = new Map<string, readonly Fact[]>();

function situationFacts(prompt: string, language: string): readonly Fact[] {
  const key = `${language}\u0000${prompt}`;
  let facts = situationCache.get(key);
  if (!facts) {
    facts = readFacts(foldText(prompt, language)).facts;
    if (situationCache.size > 2000) situationCache.clear();
    situationCache.set(key, facts);
  }
  return facts;
}

export function readReply(reply: string, language: string, prompt = ''): ReplyReading {
  const folded = foldText(reply, language);
  return { folded, facts: statedFacts(folded, readFacts(folded).facts), language, situation: situationFacts(prompt, language) };
}
