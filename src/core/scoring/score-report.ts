/**
 * The stable JSON shape `cli score` prints for one reply: every element and must-avoid item of the
 * step, and the tone checks the rubric switches on.
 */
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { FreeTextResult, ToneFinding } from '../../shared/domain/scoring';

export interface ScoreReport {
  stepId: string;
  passed: boolean;
  score: number;
  elements: Array<{ id: string; status: 'hit' | 'missed' | 'na' }>;
  mustAvoid: Array<{ id: string; found: boolean }>;
  tone: Array<{ check: ToneFinding['check']; ok: boolean; status: ToneFinding['status'] }>;
}

export function scoreReport(step: FreeTextStep, result: FreeTextResult): ScoreReport {
  const found = new Set(result.mustAvoid.map((f) => f.itemId));
  return {
    stepId: result.stepId,
    passed: result.passed,
    score: result.score,
    elements: result.elements.map((e) => ({ id: e.elementId, status: e.status })),
    mustAvoid: step.rubric.mustAvoid.map((m) => ({ id: m.id, found: found.has(m.id) })),
    tone: result.tone.map((t) => ({ check: t.check, ok: t.ok, status: t.status })),
  };
}
