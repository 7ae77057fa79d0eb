/**
 * Problems shown in the editor: graph problems from the last save (the validator's) and shape
 * problems of the draft as typed (the schema's, checked before saving). Both carry a path like
 * `steps.reply-1.rubric.elements[0].standardId`, so each field can find its own.
 */
import type { ScenarioProblemView } from '../../../../../shared/contract/scenario-ops';

export type EditorProblem = ScenarioProblemView & { kind: 'graph' | 'shape' };

export function pathOf(at: readonly PropertyKey[]): string {
  return at.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? String(s) : `.${String(s)}`)).join('');
}

export function stepIdOfPath(path: string): string | undefined {
  return /^steps\.([A-Za-z0-9_-]+)/.exec(path)?.[1];
}

/** The message for exactly this field, if any (the first one). */
export function fieldError(problems: readonly EditorProblem[], path: string): string | undefined {
  return problems.find((p) => p.path === path)?.message;
}

/** Problems of this field and everything under it. */
export function problemsUnder(problems: readonly EditorProblem[], path: string): EditorProblem[] {
  return problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
}

export function problemsOfStep(problems: readonly EditorProblem[], stepId: string): EditorProblem[] {
  return problems.filter((p) => p.stepId === stepId || stepIdOfPath(p.path) === stepId);
}
