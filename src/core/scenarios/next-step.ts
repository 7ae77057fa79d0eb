/**
 * Walking a scenario: which step comes after this one, given what the trainee did. The player and
 * the attempt state machine use this so branching is resolved in one place.
 */
import type { Scenario, Step } from '../../shared/domain/scenario';
import type { StepResult } from '../../shared/domain/scoring';

export class ScenarioWalkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioWalkError';
  }
}

export function stepOf(scenario: Scenario, stepId: string): Step {
  if (!Object.hasOwn(scenario.steps, stepId)) throw new ScenarioWalkError(`Scenario "${scenario.id}" has no step "${stepId}".`);
  return scenario.steps[stepId];
}

/**
 * The id of the next step, or null after an ending. Choice steps need the choice result (its
 * optionId); free-text steps take the first branch whose elements were all hit, else the default.
 */
export function nextStepAfter(scenario: Scenario, stepId: string, result?: StepResult): string | null {
  const step = stepOf(scenario, stepId);
  switch (step.type) {
    case 'ending':
      return null;
    case 'customer':
      return step.next;
    case 'choice': {
      if (result?.kind !== 'choice') throw new ScenarioWalkError(`Step "${stepId}" is a choice: pass the chosen reply's result.`);
      const option = step.options.find((o) => o.id === result.optionId);
      if (!option) throw new ScenarioWalkError(`Step "${stepId}" has no reply "${result.optionId}".`);
      return option.next;
    }
    case 'free-text': {
      if (typeof step.next === 'string') return step.next;
      if (result?.kind !== 'free-text') throw new ScenarioWalkError(`Step "${stepId}" branches on the reply: pass its scoring result.`);
      const hit = new Set(result.elements.filter((e) => e.status === 'hit').map((e) => e.elementId));
      return step.next.branches.find((b) => b.ifHit.every((id) => hit.has(id)))?.next ?? step.next.default;
    }
  }
}
