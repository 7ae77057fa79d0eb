/**
 * A re-scoring of past attempts with newer scoring rules: who ran it, when, what it changed, and
 * whether (and by whom) it was undone. Kept in workspace.json; the scores themselves live in the
 * attempts (Attempt.rescores).
 */
import { z } from 'zod';

export const rescoreRunSchema = z.object({
  id: z.string(),
  at: z.string(),
  byId: z.string(),
  considered: z.number().int().min(0),
  changed: z.number().int().min(0),
  toPass: z.number().int().min(0),
  toFail: z.number().int().min(0),
  levelsChanged: z.number().int().min(0),
  keptReviewed: z.number().int().min(0),
  undoneAt: z.string().nullable().default(null),
  undoneById: z.string().nullable().default(null),
});

export type RescoreRun = z.infer<typeof rescoreRunSchema>;

export interface RescoreRunView extends RescoreRun {
  byName: string;
  undoneByName: string | null;
  /** Only the newest run that is still in force can be undone. */
  canUndo: boolean;
}

export interface RescorePreview {
  considered: number;
  changed: number;
  toPass: number;
  toFail: number;
  levelsChanged: number;
  keptReviewed: number;
  skippedMissingScenario: number;
  /** Up to 20 of the changes, biggest first. */
  examples: Array<{ attemptId: string; personName: string; scenarioTitle: string; endedAt: string | null; before: number; after: number; passedBefore: boolean; passedAfter: boolean }>;
}
