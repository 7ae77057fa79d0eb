/**
 * The scoring context of a free-text step in its scenario: language, pass mark, the persona's name,
 * what the customer wrote just before the reply, and the capitalised words the scenario itself uses (so "FLASH" or a product code in the prompt is
 * not taken for shouting). Every caller that scores a reply in a scenario builds it here.
 */
import type { Scenario } from '../../shared/domain/scenario';
import { customerMessagesBefore } from '../../shared/domain/customer-messages';
import type { ReplyContext } from './score-free-text-reply';
import { capitalisedWords } from './shouting';

const codesCache = new WeakMap<Scenario, readonly string[]>();

function scenarioCodes(scenario: Scenario): readonly string[] {
  const cached = codesCache.get(scenario);
  if (cached) return cached;
  const texts = [scenario.title, scenario.persona.name, scenario.persona.context, scenario.persona.goal];
  for (const step of Object.values(scenario.steps)) {
    if (step.type === 'customer') texts.push(...step.messages.map((m) => `${m.text} ${m.image?.caption ?? ''}`));
    else if (step.type === 'choice') texts.push(step.prompt);
    // The author's own good reply and the real staff reply use the shop's codes ("AHA", "BHA") too.
    else if (step.type === 'free-text') texts.push(step.prompt, step.modelAnswer, step.actualReply?.text ?? '');
  }
  const codes = [...new Set(texts.flatMap(capitalisedWords))];
  codesCache.set(scenario, codes);
  return codes;
}

const askedCache = new WeakMap<Scenario, Map<string, readonly string[]>>();

function customerMessagesOf(scenario: Scenario, stepId: string): readonly string[] {
  let byStep = askedCache.get(scenario);
  if (!byStep) askedCache.set(scenario, (byStep = new Map()));
  let messages = byStep.get(stepId);
  if (!messages) {
    messages = customerMessagesBefore(scenario, stepId);
    byStep.set(stepId, messages);
  }
  return messages;
}

export function replyContextFor(scenario: Scenario, stepId: string, extra: Pick<ReplyContext, 'customerName' | 'replyTimeSec'> = {}): ReplyContext {
  return {
    language: scenario.language,
    customerName: scenario.persona.name,
    passMark: scenario.passMark,
    stepId,
    knownCodes: scenarioCodes(scenario),
    customerMessages: customerMessagesOf(scenario, stepId),
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
  };
}
