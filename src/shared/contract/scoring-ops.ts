/**
 * Operations on the scoring rules' past verdicts: preview and apply a re-scoring of past attempts
 * with the current rules, list the runs, undo the latest. Leader only: it changes everyone's reports.
 */
import { z } from 'zod';
import { LEADERS, operation } from './operation';
import type { RescorePreview, RescoreRunView } from '../domain/rescore-run';

export const scoringOps = {
  previewRescore: operation<RescorePreview>()({
    summary: 'What re-scoring every past attempt with the current rules would change: scores, verdicts and mastery levels.',
    access: LEADERS,
    input: z.object({}).strict(),
  }),
  applyRescore: operation<RescoreRunView>()({
    summary: 'Re-score past attempts with the current rules (reviewed attempts keep their review); recorded and undoable.',
    access: LEADERS,
    input: z.object({}).strict(),
  }),
  listRescoreRuns: operation<RescoreRunView[]>()({
    summary: 'Every re-scoring of past attempts, newest first, with who ran it and whether it was undone.',
    access: LEADERS,
    input: z.object({}).strict(),
  }),
  undoRescore: operation<RescoreRunView>()({
    summary: 'Undo the latest re-scoring: each attempt gets back the score it had before it.',
    access: LEADERS,
    input: z.object({ runId: z.string().min(1).max(80) }).strict(),
  }),
};
