/** The rubric check says, for each sample reply, whether the scorer agrees with the owner, and why not. */
import { describe, expect, it } from 'vitest';
import { freeTextStepSchema } from '../../shared/domain/scenario';
import { builtInSamples } from '../../shared/domain/rubric-samples';
import { checkSamples } from './rubric-check';

const step = freeTextStepSchema.parse({
  type: 'free-text',
  modelAnswer: "So sorry Aisyah, that's our mistake. Our rider brings the right size tomorrow.",
  actualReply: { text: 'Sorry, the courier messed up, contact them.', verdict: 'poor' },
  rubric: {
    elements: [
      { id: 'own', label: 'Own the mistake', standardId: 's', phrases: [["that's our mistake", 'our fault']] },
      { id: 'when', label: 'Say when the right size comes', standardId: 's', phrases: [['tomorrow']] },
    ],
  },
  next: 'end',
});

describe('the rubric check', () => {
  it('takes the real reply as marked and the model answer as samples', () => {
    expect(builtInSamples(step)).toEqual([
      { text: 'Sorry, the courier messed up, contact them.', expect: 'fail', source: 'real' },
      { text: step.modelAnswer, expect: 'pass', source: 'model' },
    ]);
  });

  it('agrees where the scorer agrees, and says which element a should-pass reply missed, with words to add', () => {
    const checks = checkSamples(step, [...builtInSamples(step), { text: 'Sorry about the mix-up, that one is on me. The right size reaches you tomorrow.', expect: 'pass', source: 'owner' }], { language: 'en' });
    expect(checks.map((c) => c.asExpected)).toEqual([true, true, false]);
    expect(checks[2].why).toEqual([expect.stringContaining('"Own the mistake" was not found')]);
    expect(checks[2].fixes.map((f) => f.words)).toContain('that one is on me');
  });

  it('says which words let a should-fail reply pass', () => {
    const [check] = checkSamples(step, [{ text: "That's our mistake. Maybe tomorrow, or next week, who knows.", expect: 'fail', source: 'owner' }], { language: 'en' });
    if (check.passed) expect(check.why.join(' ')).toContain("'that's our mistake'");
    else expect(check.asExpected).toBe(true);
  });
});
