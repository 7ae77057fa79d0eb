/**
 * A reply's score in plain words for the reviewer: a headline that says why the points are what
 * they are ("0 of 2: the reply had both elements, but the auto-fail 'asked for the card number'
 * set the score to 0") and one line per finding, with element labels and standard titles rather
 * than the ids the stored score lines carry.
 */
import type { ReplyExplanation } from '../../shared/contract/progress-ops';
import { TONE_CHECK_WORDS, type FreeTextResult, type LengthFinding } from '../../shared/domain/scoring';

export type TitleOf = (standardId: string) => string;

/** "answer-fully-first-time" → "Answer fully first time", for a standard no longer in the playbook. */
export const humanisedId = (id: string) => id.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase());

const points = (n: number) => {
  const text = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(1);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : '0';
};
const quoted = (texts: readonly string[]) => [...new Set(texts)].map((t) => `‘${t}’`).join(', ');
const seconds = (s: number) => (s >= 120 && s % 60 === 0 ? `${s / 60} min` : s >= 120 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`);

function elementsPhrase(met: number, applicable: number): string {
  if (applicable === 0) return 'no element that applied';
  if (met === applicable) return applicable === 1 ? 'its one element' : applicable === 2 ? 'both elements' : `all ${applicable} elements`;
  if (met === 0) return applicable === 1 ? 'not its one element' : `none of its ${applicable} elements`;
  return `${met} of ${applicable} elements`;
}

function lengthWords(l: LengthFinding): string {
  const unit = l.unit === 'words' ? 'words' : 'characters';
  const range = l.min !== undefined && l.max !== undefined ? `${l.min}–${l.max}` : l.min !== undefined ? `at least ${l.min}` : `at most ${l.max}`;
  return `${l.actual} ${unit}, expected ${range}`;
}

function headline(step: FreeTextResult): string {
  const applicable = step.elements.filter((e) => e.status !== 'na');
  const met = applicable.filter((e) => e.status === 'hit').length;
  const had = elementsPhrase(met, applicable.length);
  if (step.autoFailed) {
    const items = step.mustAvoid.filter((m) => m.autoFail).map((m) => `‘${m.label.toLowerCase()}’`);
    return `0 of ${step.max}: the reply had ${had}, but the auto-fail ${items.join(' and ')} set the score to 0.`;
  }
  const lost = [
    ...step.mustAvoid.filter((m) => m.penalty > 0).map((m) => `${points(-m.penalty)} for ‘${m.label.toLowerCase()}’`),
    ...step.tone.filter((t) => t.max === 0 && t.earned < 0).map((t) => `${points(t.earned)} for ${TONE_CHECK_WORDS[t.check].toLowerCase().replace(/^no /, '')}`),
    ...(step.length && step.length.penalty > 0 ? [`${points(-step.length.penalty)} for the length`] : []),
  ];
  const missedDo = step.tone.filter((t) => t.max > 0 && t.status === 'failed').map((t) => TONE_CHECK_WORDS[t.check].toLowerCase());
  let text = `${step.earned} of ${step.max}: the reply had ${had}`;
  if (missedDo.length) text += `, without ${missedDo.join(' or ')}`;
  if (lost.length) text += `; ${lost.join(', ')}`;
  if (step.criticalErrors?.length) text += `. It does not pass whatever the points: ${step.criticalErrors.join(' ')}`;
  return text.endsWith('.') ? text : `${text}.`;
}

function findingLines(step: FreeTextResult, titleOf: TitleOf): string[] {
  const about = (standardId: string | undefined) => (standardId ? ` (${titleOf(standardId)})` : '');
  const lines: string[] = [];
  for (const e of step.elements) {
    if (e.status === 'hit') lines.push(`${points(e.earned)} Met “${e.label}”${about(e.standardId)}${e.matches.length ? `: the reply says ${quoted(e.matches.map((m) => m.text))}` : ''}`);
    else if (e.status === 'missed') lines.push(`0 of ${e.weight} Missed “${e.label}”${about(e.standardId)}${e.lookedFor ? `: looked for ${e.lookedFor}` : ''}`);
    else lines.push(`N/A “${e.label}”${about(e.standardId)}: does not apply to this reply`);
  }
  for (const m of step.mustAvoid) {
    const found = m.matches.length ? `: found ${quoted(m.matches.map((x) => x.text))}` : '';
    lines.push(m.autoFail ? `Auto-fail “${m.label}”${about(m.standardId)}${found}: the score is 0` : `${points(-m.penalty)} Must avoid “${m.label}”${about(m.standardId)}${found}`);
  }
  for (const t of step.tone) {
    const label = TONE_CHECK_WORDS[t.check];
    if (t.status === 'na') lines.push(`N/A ${label}${about(t.standardId)}: no customer name to use`);
    else if (t.max > 0) lines.push(t.ok ? `${points(t.earned)} ${label}${about(t.standardId)}${t.matches.length ? `: ${quoted(t.matches.map((m) => m.text))}` : ''}` : `0 of ${t.max} ${label}${about(t.standardId)}: not in the reply`);
    else if (!t.ok) lines.push(`${points(t.earned)} ${label}${about(t.standardId)}${t.matches.length ? `: found ${quoted(t.matches.map((m) => m.text))}` : ''}`);
  }
  if (step.length && !step.length.ok) lines.push(`${step.length.penalty > 0 ? `${points(-step.length.penalty)} ` : ''}Length: ${lengthWords(step.length)}${step.length.penalty > 0 ? '' : ' (advice only)'}`);
  const rt = step.replyTime;
  if (rt.actualSec !== undefined) {
    const verdict = rt.withinTarget ? 'within' : 'over';
    lines.push(`Reply time: ${seconds(rt.actualSec)}, ${verdict} the ${seconds(rt.targetSec)} target${rt.standardId ? ` (counts for ${titleOf(rt.standardId)}, not for the points)` : ''}`);
  }
  return lines;
}

export function explainReply(step: FreeTextResult, titleOf: TitleOf): ReplyExplanation {
  return { headline: headline(step), lines: findingLines(step, titleOf) };
}
