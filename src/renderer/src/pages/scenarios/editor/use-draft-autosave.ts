/**
 * The editor's working copy of a scenario and its autosave. Every change is checked against the
 * schema at once (shape problems show inline and are not sent); a draft that parses is saved after
 * a short pause, one save at a time, and the validator's problems come back with it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { scenarioSchema, type Scenario } from '../../../../../shared/domain/scenario';
import type { ScenarioDetail } from '../../../../../shared/contract/scenario-ops';
import { api, errorMessage } from '../../../api/client';
import { usePendingWork } from '../../../components/pending-work';
import { pathOf, stepIdOfPath, type EditorProblem } from './problems';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error' | 'invalid';

const SAVE_DELAY_MS = 700;

export function useDraftAutosave(detail: ScenarioDetail) {
  const initial = detail.draft ?? detail.versions.at(-1)!.scenario;
  const [scenario, setScenario] = useState<Scenario>(initial);
  const [graphProblems, setGraphProblems] = useState<EditorProblem[]>(detail.problems.map((p) => ({ ...p, kind: 'graph' })));
  const [shapeProblems, setShapeProblems] = useState<EditorProblem[]>([]);
  const [warnings, setWarnings] = useState(detail.warnings);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [hasDraft, setHasDraft] = useState(detail.draft !== null);
  const [draftVersion, setDraftVersion] = useState(detail.draft?.version ?? (detail.versions.at(-1)?.version ?? 0) + 1);
  const latest = useRef(scenario);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const sending = latest.current;
    setSaveState('saving');
    inFlight.current = api
      .saveScenarioDraft({ id: sending.id, scenario: sending as unknown as Record<string, unknown> })
      .then((saved) => {
        setGraphProblems(saved.problems.map((p) => ({ ...p, kind: 'graph' })));
        setWarnings(saved.warnings);
        setHasDraft(true);
        setDraftVersion(saved.version);
        setSaveError(null);
        setSaveState(dirty.current ? 'pending' : 'saved');
      })
      .catch((error: unknown) => {
        dirty.current = true;
        setSaveError(errorMessage(error));
        setSaveState('error');
      })
      .finally(() => {
        inFlight.current = null;
      });
    await inFlight.current;
  }, []);

  const update = useCallback(
    (next: Scenario) => {
      latest.current = next;
      setScenario(next);
      const parsed = scenarioSchema.safeParse(next);
      if (!parsed.success) {
        setShapeProblems(
          parsed.error.issues.map((issue) => {
            const path = pathOf(issue.path) || 'scenario';
            const stepId = stepIdOfPath(path);
            return { path, message: issue.message, kind: 'shape', ...(stepId ? { stepId } : {}) };
          }),
        );
        if (timer.current) clearTimeout(timer.current);
        dirty.current = false;
        setSaveState('invalid');
        return;
      }
      setShapeProblems([]);
      dirty.current = true;
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [saveNow],
  );

  // Leaving the editor saves what is pending; reloading or closing the window too, after a warning.
  useEffect(() => () => void saveNow(), [saveNow]);
  usePendingWork(() => dirty.current || inFlight.current !== null, saveNow);

  /** After publish or discard: start again from what the host now holds. */
  const reset = useCallback((fresh: ScenarioDetail) => {
    const base = fresh.draft ?? fresh.versions.at(-1)!.scenario;
    latest.current = base;
    dirty.current = false;
    setScenario(base);
    setGraphProblems(fresh.problems.map((p) => ({ ...p, kind: 'graph' })));
    setShapeProblems([]);
    setWarnings(fresh.warnings);
    setHasDraft(fresh.draft !== null);
    setDraftVersion(fresh.draft?.version ?? (fresh.versions.at(-1)?.version ?? 0) + 1);
    setSaveState('saved');
  }, []);

  return {
    scenario,
    update,
    saveNow,
    reset,
    problems: [...shapeProblems, ...graphProblems],
    warnings,
    saveState,
    saveError,
    hasDraft,
    draftVersion,
  };
}
