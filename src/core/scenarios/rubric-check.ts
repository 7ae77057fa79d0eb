/**
 * The rubric check: a step's sample replies (the real staff reply, the model answer, replies the
 * owner typed) scored against the rubric as it stands, each beside the owner's own "should pass" or
 * "should fail". Where the two differ it says why in the rubric's terms — the element that was
 * missed and what it looked for, or the words that made a weak reply pass — so the owner can fix
 * the rubric before staff meet it.
 */
import type { FreeTextStep } from '../../shared/domain/scenario';
import type { SampleCheck, StepSample } from '../../shared/domain/rubric-samples';
import { scoreFreeTextReply, type ReplyContext } from '../scoring/score-free-text-reply';
import { clausesOf } from '../progress/rubric-lessons';

export function checkSample(step: FreeTextStep, sample: StepSample, context: ReplyContext): SampleCheck {
  const result = scoreFreeTextReply(sample.text, step, context);
  const asExpected = result.passed === (sample.expect === 'pass');
  const why: string[] = [];
  const fixes: SampleCheck['fixes'] = [];
  if (!asExpected && sample.expect === 'pass') {
    for (const e of result.elements.filter((x) => x.status === 'missed')) {
      why.push(`"${e.label}" was not found (looked for ${e.lookedFor ?? 'its phrases'}).`);
      fixes.push(...clausesOf(sample.text).map((words) => ({ elementId: e.elementId, elementLabel: e.label, words })));
    }
    for (const f of result.mustAvoid) why.push(`It matched the must-avoid "${f.label}" with ${f.matches.map((m) => `'${m.text}'`).join(', ')}.`);
    for (const c of result.criticalErrors ?? []) why.push(c);
  } else if (!asExpected) {
    for (const e of result.elements.filter((x) => x.status === 'hit')) why.push(`"${e.label}" counted it as met because of ${e.matches.map((m) => `'${m.text}'`).join(', ') || 'its facts'}.`);
    if (why.length === 0) why.push('Nothing in the rubric catches what is wrong with it: add an element it misses or a must-avoid item it does.');
  }
  return { sample, passed: result.passed, score: result.score, asExpected, why, fixes };
}

export function checkSamples(step: FreeTextStep, samples: readonly StepSample[], context: ReplyContext): SampleCheck[] {
  return samples.map((s) => checkSample(step, s, context));
}
