/**
 * Applying one reviewer decision to one finding of a free-text reply. Every automatic check can be
 * set differently: a rubric element (met / missed / N/A), a must-avoid item (found / dismissed), a
 * tone check and the length range (OK / not OK, and N/A for a tone check). The same points rules as
 * the automatic scoring apply, so a reviewed result reads like an automatic one.
 */
import type { ElementOverride, OverrideStatus } from '../../shared/domain/attempt';
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { ElementResult, FreeTextResult, LengthFinding, ToneFinding } from '../../shared/domain/scoring';
import { TONE_CHECK_WORDS } from '../../shared/domain/scoring';

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export const STATUS_WORDS: Record<OverrideStatus, string> = { hit: 'met', missed: 'missed', na: 'not applicable' };
const CHECK_WORDS: Record<OverrideStatus, string> = { hit: 'OK', missed: 'not OK', na: 'not applicable' };

export type Findings = Pick<FreeTextResult, 'elements' | 'mustAvoid' | 'tone' | 'length' | 'criticalErrors'>;

/** What a decision did, in words, for the reviewed result's lines. */
export interface Applied {
  findings: Findings;
  standardId: string | undefined;
  text: string;
}

const SHOUTING_ERROR = 'It shouts in capitals.';
const STACK_ERROR = 'It uses a stack of "!!!".';
const toneError = (check: ToneFinding['check']) => (check === 'shouting' ? SHOUTING_ERROR : check === 'exclamation-stack' ? STACK_ERROR : null);

export const toneStatus = (t: ToneFinding): OverrideStatus => (t.status === 'ok' ? 'hit' : t.status === 'failed' ? 'missed' : 'na');
export const lengthStatus = (l: LengthFinding): OverrideStatus => (l.ok ? 'hit' : 'missed');

function overrideElement(element: ElementResult, to: OverrideStatus): ElementResult {
  if (to === element.status) return element;
  return { ...element, status: to, earned: to === 'hit' ? element.weight : 0, max: to === 'na' ? 0 : element.weight, matches: to === 'hit' ? element.matches : [] };
}

function applyElement(f: Findings, element: ElementResult, o: ElementOverride, path: string): Applied {
  if (element.status !== o.from) throw new ReviewError(`"${element.label}" was ${STATUS_WORDS[element.status]} in the automatic scoring, not ${STATUS_WORDS[o.from]}.`, path);
  // A wrong fact named by this element no longer blocks the pass once a person says it is met or does not apply.
  const criticalErrors = o.to === 'missed' ? f.criticalErrors : f.criticalErrors?.filter((e) => !e.startsWith(`"${element.label}" says`));
  return {
    findings: { ...f, elements: f.elements.map((e) => (e === element ? overrideElement(e, o.to) : e)), criticalErrors },
    standardId: element.standardId,
    text: `Reviewer set "${element.label}" to ${STATUS_WORDS[o.to]}: ${o.reason}`,
  };
}

function applyMustAvoid(f: Findings, o: ElementOverride, path: string): Applied {
  const finding = f.mustAvoid.find((m) => m.itemId === o.elementId);
  if (!finding) throw new ReviewError(`The reply has no must-avoid finding "${o.elementId}" to dismiss.`, path);
  if (o.from !== 'hit' || o.to !== 'na') throw new ReviewError(`A must-avoid item can only be dismissed (from "hit" to "na"): "${finding.label}".`, path);
  return { findings: { ...f, mustAvoid: f.mustAvoid.filter((m) => m !== finding) }, standardId: finding.standardId, text: `Reviewer dismissed "${finding.label}": ${o.reason}` };
}

function applyTone(f: Findings, o: ElementOverride, weight: number, path: string): Applied {
  const finding = f.tone.find((t) => t.check === o.elementId);
  if (!finding) throw new ReviewError(`The tone check "${o.elementId}" was not switched on for this reply.`, path);
  const label = TONE_CHECK_WORDS[finding.check];
  if (toneStatus(finding) !== o.from) throw new ReviewError(`"${label}" was ${CHECK_WORDS[toneStatus(finding)]} in the automatic scoring, not ${CHECK_WORDS[o.from]}.`, path);
  const isDo = finding.check === 'apology' || finding.check === 'customer-name';
  const w = finding.max > 0 ? finding.max : finding.earned < 0 ? -finding.earned : weight;
  const status = o.to === 'hit' ? 'ok' : o.to === 'missed' ? 'failed' : 'na';
  const earned = isDo ? (o.to === 'hit' ? w : 0) : o.to === 'missed' ? -w : 0;
  const max = isDo && o.to !== 'na' ? w : 0;
  const changed: ToneFinding = { ...finding, status, ok: o.to !== 'missed', earned, max, matches: o.to === 'missed' || (isDo && o.to === 'hit') ? finding.matches : [] };
  const error = toneError(finding.check);
  let criticalErrors = f.criticalErrors;
  if (error && o.to !== 'missed') criticalErrors = criticalErrors?.filter((e) => e !== error);
  if (error && o.to === 'missed' && !criticalErrors?.includes(error)) criticalErrors = [...(criticalErrors ?? []), error];
  return {
    findings: { ...f, tone: f.tone.map((t) => (t === finding ? changed : t)), criticalErrors },
    standardId: finding.standardId,
    text: `Reviewer set "${label}" to ${CHECK_WORDS[o.to]}: ${o.reason}`,
  };
}

function applyLength(f: Findings, o: ElementOverride, penalty: number, path: string): Applied {
  const length = f.length;
  if (!length) throw new ReviewError('This reply had no length range to check.', path);
  if (lengthStatus(length) !== o.from) throw new ReviewError(`The length was ${CHECK_WORDS[lengthStatus(length)]} in the automatic scoring, not ${CHECK_WORDS[o.from]}.`, path);
  if (o.to === 'na') throw new ReviewError('The length can be set to OK or not OK.', path);
  const changed: LengthFinding = { ...length, ok: o.to === 'hit', penalty: o.to === 'hit' ? 0 : length.penalty || penalty };
  return { findings: { ...f, length: changed }, standardId: undefined, text: `Reviewer set the length to ${CHECK_WORDS[o.to]}: ${o.reason}` };
}

/**
 * One decision. `check` says what it is about; decisions saved before checks could be overridden
 * have none and are an element or a must-avoid item, found by id.
 */
export function applyOverride(f: Findings, o: ElementOverride, rubric: FreeTextStep['rubric'] | undefined, path: string): Applied {
  const check = o.check ?? (f.elements.some((e) => e.elementId === o.elementId) ? 'element' : 'must-avoid');
  if (check === 'element') {
    const element = f.elements.find((e) => e.elementId === o.elementId);
    if (!element) throw new ReviewError(`The reply has no element "${o.elementId}".`, path);
    return applyElement(f, element, o, path);
  }
  if (check === 'must-avoid') {
    if (!f.mustAvoid.some((m) => m.itemId === o.elementId)) throw new ReviewError(`The reply has no element or must-avoid finding "${o.elementId}".`, path);
    return applyMustAvoid(f, o, path);
  }
  if (check === 'tone') return applyTone(f, o, rubric?.tone.weight ?? 1, path);
  return applyLength(f, o, rubric?.length?.penalty ?? 0, path);
}
