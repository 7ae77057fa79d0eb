/**
 * A reviewer's decisions in words, for the review screen and its history: what each one is about
 * (the element's label, the must-avoid item, the tone check, the length) and the change
 * ("missed → met", "not OK → OK"), never the ids they are stored under.
 */
import type { ReviewDecision } from '../../shared/contract/progress-ops';
import type { ElementOverride, OverrideCheck, OverrideStatus } from '../../shared/domain/attempt';
import { TONE_CHECK_WORDS, type AttemptScore, type FreeTextResult } from '../../shared/domain/scoring';

const ELEMENT_WORDS: Record<OverrideStatus, string> = { hit: 'met', missed: 'missed', na: 'N/A' };
const CHECK_WORDS: Record<OverrideStatus, string> = { hit: 'OK', missed: 'not OK', na: 'N/A' };
const MUST_AVOID_WORDS: Record<OverrideStatus, string> = { hit: 'found', missed: 'not found', na: 'dismissed' };

function kindOf(o: ElementOverride, step: FreeTextResult | undefined): OverrideCheck {
  return o.check ?? (step?.elements.some((e) => e.elementId === o.elementId) ? 'element' : 'must-avoid');
}

function labelOf(check: OverrideCheck, o: ElementOverride, step: FreeTextResult | undefined): string {
  if (check === 'element') return `“${step?.elements.find((e) => e.elementId === o.elementId)?.label ?? 'An element no longer in the scenario'}”`;
  if (check === 'must-avoid') return `Must avoid “${step?.mustAvoid.find((m) => m.itemId === o.elementId)?.label ?? 'an item no longer in the scenario'}”`;
  if (check === 'tone') return TONE_CHECK_WORDS[o.elementId as keyof typeof TONE_CHECK_WORDS] ?? 'A tone check';
  return 'Length';
}

export function describeDecisions(overrides: readonly ElementOverride[], automatic: AttemptScore | null): ReviewDecision[] {
  const steps = new Map((automatic?.steps ?? []).flatMap((s) => (s.kind === 'free-text' ? [[s.stepId, s] as const] : [])));
  const replyNumber = new Map([...steps.keys()].map((id, i) => [id, i + 1]));
  return overrides.map((o) => {
    const step = steps.get(o.stepId);
    const check = kindOf(o, step);
    const words = check === 'element' ? ELEMENT_WORDS : check === 'must-avoid' ? MUST_AVOID_WORDS : CHECK_WORDS;
    return {
      stepId: o.stepId,
      replyNumber: replyNumber.get(o.stepId) ?? null,
      check,
      elementId: o.elementId,
      label: labelOf(check, o, step),
      from: o.from,
      to: o.to,
      change: `${words[o.from]} → ${words[o.to]}`,
      reason: o.reason,
    };
  });
}
