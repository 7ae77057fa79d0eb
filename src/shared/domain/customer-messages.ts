/**
 * What the customer wrote just before a reply step: the messages of the customer steps that lead to
 * it. The scorer reads them for the questions a reply must answer; the editor's "try a reply" box
 * sends them so it scores as a trainee's attempt is scored.
 */
import type { Scenario } from './scenario';

export function customerMessagesBefore(scenario: Pick<Scenario, 'steps'>, stepId: string): string[] {
  return Object.values(scenario.steps).flatMap((s) => (s.type === 'customer' && s.next === stepId ? s.messages.map((m) => m.text) : []));
}
