/**
 * Checks that a (schema-valid) scenario makes sense as a role-play: every step reachable, every
 * path ending in an ending, every decision scored against a known standard, every free-text step
 * with a model answer that passes its own rubric. Each problem names the step and the JSON path,
 * so the editor can show it inline and publishing can be blocked until the list is empty.
 */
import { isDecisionStep, successorsOf, type ChoiceStep, type FreeTextStep, type Scenario } from '../../shared/domain/scenario';
import { scoreFreeTextReply } from '../scoring/score-free-text-reply';
import { replyContextFor } from '../scoring/reply-context';
import { CONCEPT_IDS, isConcept } from '../scoring/concepts/concepts';
import { expectedFactsOf } from '../scoring/facts/expected-facts';

export type PathSegment = string | number;

export interface ScenarioProblem {
  /** JSON path inside the scenario, as segments (for locating a line in a file). */
  at: PathSegment[];
  /** The same path written out: steps.reply-1.rubric.elements[0].standardId */
  path: string;
  stepId?: string;
  message: string;
}

export function formatPath(at: readonly PathSegment[]): string {
  return at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function problem(at: PathSegment[], message: string, stepId?: string): ScenarioProblem {
  return stepId === undefined ? { at, path: formatPath(at), message } : { at, path: formatPath(at), stepId, message };
}

function reachableFrom(scenario: Scenario, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id) || !Object.hasOwn(scenario.steps, id)) continue;
    seen.add(id);
    queue.push(...successorsOf(scenario.steps[id]));
  }
  return seen;
}

/** Steps from which some ending can be reached (walking the graph backwards from the endings). */
function stepsThatCanEnd(scenario: Scenario): Set<string> {
  const canEnd = new Set(Object.entries(scenario.steps).filter(([, s]) => s.type === 'ending').map(([id]) => id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, step] of Object.entries(scenario.steps)) {
      if (canEnd.has(id)) continue;
      if (successorsOf(step).some((next) => canEnd.has(next))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  return canEnd;
}

function checkReferences(scenario: Scenario, out: ScenarioProblem[]): void {
  const exists = (id: string): boolean => Object.hasOwn(scenario.steps, id);
  const missing = (at: PathSegment[], next: string, stepId: string): void => {
    if (!exists(next)) out.push(problem(at, `Leads to step "${next}", which does not exist. Pick an existing step or add it.`, stepId));
  };
  for (const [id, step] of Object.entries(scenario.steps)) {
    if (step.type === 'customer') missing(['steps', id, 'next'], step.next, id);
    if (step.type === 'choice') step.options.forEach((o, i) => missing(['steps', id, 'options', i, 'next'], o.next, id));
    if (step.type === 'free-text') {
      if (typeof step.next === 'string') missing(['steps', id, 'next'], step.next, id);
      else {
        step.next.branches.forEach((b, i) => missing(['steps', id, 'next', 'branches', i, 'next'], b.next, id));
        missing(['steps', id, 'next', 'default'], step.next.default, id);
      }
    }
  }
}

function checkChoice(id: string, step: ChoiceStep, known: ReadonlySet<string>, out: ScenarioProblem[]): void {
  const at = ['steps', id];
  if (step.options.length < 2) out.push(problem([...at, 'options'], `A choice step needs 2 to 4 replies; this one has ${step.options.length}.`, id));
  const seen = new Set<string>();
  step.options.forEach((o, i) => {
    if (seen.has(o.id)) out.push(problem([...at, 'options', i, 'id'], `Two replies share the id "${o.id}".`, id));
    seen.add(o.id);
    for (const standardId of Object.keys(o.points))
      if (!known.has(standardId)) out.push(problem([...at, 'options', i, 'points', standardId], `Unknown standard "${standardId}".`, id));
  });
  if (step.options.length > 0 && !step.options.some((o) => Object.values(o.points).some((p) => p > 0)))
    out.push(problem([...at, 'options'], 'No reply earns points for any standard: give the best reply points for the standard it trains.', id));
  if (step.options.length > 0 && step.options.every((o) => o.next === id))
    out.push(problem([...at, 'options'], 'Every reply leads back to this same step, so the conversation can never move on.', id));
}

function checkConceptsAndFacts(item: { concepts?: readonly string[]; facts?: readonly string[] }, at: PathSegment[], language: string, id: string, out: ScenarioProblem[]): void {
  item.concepts?.forEach((concept, k) => {
    if (!isConcept(concept)) out.push(problem([...at, 'concepts', k], `Unknown concept "${concept}". Use one of: ${CONCEPT_IDS.join(', ')}.`, id));
  });
  item.facts?.forEach((fact, k) => {
    if (!expectedFactsOf(fact, language))
      out.push(problem([...at, 'facts', k], `"${fact}" is not a fact the scorer can read: write a price, a time or hours, a day, a duration, a percentage or a size (for example "RM164", "12–5pm", "Sunday", "7 days").`, id));
  });
}

function checkFreeText(id: string, step: FreeTextStep, scenario: Scenario, known: ReadonlySet<string>, out: ScenarioProblem[], options: ValidateOptions): void {
  const at = ['steps', id];
  const { elements, mustAvoid, tone } = step.rubric;
  if (step.modelAnswer.trim() === '') out.push(problem([...at, 'modelAnswer'], 'Write a model answer: trainees see it after they reply.', id));
  if (elements.length === 0) out.push(problem([...at, 'rubric', 'elements'], 'Add at least one rubric element linked to a standard.', id));
  const elementIds = new Set<string>();
  elements.forEach((el, i) => {
    const elAt = [...at, 'rubric', 'elements', i];
    if (elementIds.has(el.id)) out.push(problem([...elAt, 'id'], `Two elements share the id "${el.id}".`, id));
    elementIds.add(el.id);
    if (!known.has(el.standardId)) out.push(problem([...elAt, 'standardId'], `Unknown standard "${el.standardId}".`, id));
    else if (!scenario.standards.includes(el.standardId))
      out.push(problem([...elAt, 'standardId'], `Standard "${el.standardId}" is scored here but not listed in the scenario's standards; add it there.`, id));
    if (el.phrases.length === 0 && !el.concepts?.length && !el.facts?.length)
      out.push(problem([...elAt, 'phrases'], 'Add at least one phrase group, concept or fact, or the element can never be hit.', id));
    checkConceptsAndFacts(el, elAt, scenario.language, id, out);
  });
  elements.forEach((el, i) => {
    if (el.naWhen?.when === 'element-hit' && !elementIds.has(el.naWhen.elementId))
      out.push(problem([...at, 'rubric', 'elements', i, 'naWhen', 'elementId'], `No element "${el.naWhen.elementId}" in this rubric.`, id));
  });
  mustAvoid.forEach((item, i) => {
    if (item.standardId !== undefined && !known.has(item.standardId))
      out.push(problem([...at, 'rubric', 'mustAvoid', i, 'standardId'], `Unknown standard "${item.standardId}".`, id));
    if (item.phrases.length === 0 && !item.concepts?.length) out.push(problem([...at, 'rubric', 'mustAvoid', i, 'phrases'], 'Add at least one phrase group.', id));
    checkConceptsAndFacts(item, [...at, 'rubric', 'mustAvoid', i], scenario.language, id, out);
  });
  const toneScores = tone.apologyRequired || tone.useCustomerName || tone.noShouting || tone.noExclamationStacks;
  if (toneScores && !known.has(tone.standardId)) out.push(problem([...at, 'rubric', 'tone', 'standardId'], `Unknown standard "${tone.standardId}".`, id));
  if (typeof step.next !== 'string')
    step.next.branches.forEach((b, i) =>
      b.ifHit.forEach((elementId, k) => {
        if (!elementIds.has(elementId))
          out.push(problem([...at, 'next', 'branches', i, 'ifHit', k], `No element "${elementId}" in this rubric to branch on.`, id));
      }),
    );
  if (options.scoreModelAnswers !== false && step.modelAnswer.trim() !== '' && elements.length > 0) {
    const result = scoreFreeTextReply(step.modelAnswer, step, replyContextFor(scenario, id));
    if (!result.passed) {
      const missed = result.elements.filter((e) => e.status === 'missed').map((e) => `"${e.label}"`);
      const why = result.autoFailed ? 'it contains an auto-fail item' : missed.length > 0 ? `it misses ${missed.join(', ')}` : 'tone or length checks fail';
      out.push(problem([...at, 'modelAnswer'], `The model answer scores ${Math.round(result.score * 100)}%, below the pass mark: ${why}.`, id));
    }
  }
}

export interface ValidateOptions {
  /** Score each model answer against its rubric (the costliest check; seeding the shipped pack skips it). */
  scoreModelAnswers?: boolean;
}

export function validateScenario(scenario: Scenario, knownStandardIds: Iterable<string>, options: ValidateOptions = {}): ScenarioProblem[] {
  const known = new Set(knownStandardIds);
  const out: ScenarioProblem[] = [];
  scenario.standards.forEach((s, i) => {
    if (!known.has(s)) out.push(problem(['standards', i], `Unknown standard "${s}". Use one of the playbook's standard ids.`));
  });
  if (!Object.hasOwn(scenario.steps, scenario.start)) {
    out.push(problem(['start'], `The start step "${scenario.start}" does not exist.`));
  }
  if (!Object.values(scenario.steps).some((s) => s.type === 'ending')) out.push(problem(['steps'], 'Add at least one ending.'));
  if (!Object.values(scenario.steps).some(isDecisionStep)) out.push(problem(['steps'], 'Add at least one choice or free-text step for the trainee to answer.'));
  checkReferences(scenario, out);

  const reachable = reachableFrom(scenario, scenario.start);
  const canEnd = stepsThatCanEnd(scenario);
  for (const [id, step] of Object.entries(scenario.steps)) {
    if (!reachable.has(id)) out.push(problem(['steps', id], `Step "${id}" cannot be reached from the start.`, id));
    else if (!canEnd.has(id)) out.push(problem(['steps', id], `Dead end: no ending can be reached from step "${id}".`, id));
    if (step.type === 'choice') checkChoice(id, step, known, out);
    if (step.type === 'free-text') checkFreeText(id, step, scenario, known, out, options);
  }
  return out;
}
