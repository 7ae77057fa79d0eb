import type { FreeTextStep } from './scenario';

/**
 * Sample replies for a step's rubric check (see core/scenarios/rubric-check): what the owner expects
 * of each, and what the scorer made of it.
 */
export interface StepSample {
  text: string;
  expect: 'pass' | 'fail';
  /** real: the staff reply the step was made from; model: the model answer; owner: typed by the owner. */
  source: 'real' | 'model' | 'owner';
}

export interface SampleCheck {
  sample: StepSample;
  passed: boolean;
  score: number;
  /** The scorer's verdict is the owner's. */
  asExpected: boolean;
  /** Why they differ, in the rubric's terms. */
  why: string[];
  /** Words of a should-pass sample that would meet a missed element, if added to it. */
  fixes: { elementId: string; elementLabel: string; words: string }[];
}

/** The samples a step has without the owner typing any: the real reply as marked, and the model answer. */
export function builtInSamples(step: FreeTextStep): StepSample[] {
  const out: StepSample[] = [];
  const real = step.actualReply;
  if (real && real.text.trim() && real.verdict !== 'unmarked') out.push({ text: real.text, expect: real.verdict === 'good' ? 'pass' : 'fail', source: 'real' });
  if (step.modelAnswer.trim()) out.push({ text: step.modelAnswer, expect: 'pass', source: 'model' });
  return out;
}
