/**
 * The conversation of an attempt as the reviewer reads it: the customer's messages and the
 * trainee's replies in order, re-walked from the scenario version that was played.
 */
import type { Attempt } from '../../shared/domain/attempt';
import type { Scenario } from '../../shared/domain/scenario';
import type { ReviewConversationItem } from '../../shared/contract/progress-ops';
import { nextStepAfter } from '../scenarios';

const MAX_STEPS = 500;

export function reviewConversation(attempt: Attempt, scenario: Scenario): ReviewConversationItem[] {
  const items: ReviewConversationItem[] = [];
  const answered = new Map(attempt.steps.map((s) => [s.stepId, s]));
  let id: string | null = scenario.start;
  for (let guard = 0; id !== null && guard < MAX_STEPS; guard++) {
    const step: Scenario['steps'][string] | undefined = scenario.steps[id];
    if (!step) break;
    if (step.type === 'customer') {
      for (const m of step.messages) items.push({ kind: 'customer', stepId: id, text: m.text, ...(m.image ? { imageCaption: m.image.caption } : {}) });
      id = step.next;
    } else if (step.type === 'ending') {
      items.push({ kind: 'ending', stepId: id, text: step.outcome });
      id = null;
    } else {
      const done = answered.get(id);
      if (!done) break;
      items.push({ kind: done.kind === 'free-text' ? 'reply' : 'choice', stepId: id, text: done.reply });
      id = nextStepAfter(scenario, id, done.result);
    }
  }
  return items;
}
