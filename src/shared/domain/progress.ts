/**
 * What the progress reports return: shapes shared by the core (which builds them from attempt
 * summaries) and the renderer (which draws them). Mastery levels and their help text live here so
 * both sides say the same words.
 */
import type { Role } from '../contract/operation';
import type { Assignment, CountingRule } from './assignment';

export const MASTERY_LEVELS = ['not-yet', 'developing', 'solid', 'mastered'] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const MASTERY_LEVEL_WORDS: Record<MasteryLevel, string> = {
  'not-yet': 'not yet',
  developing: 'developing',
  solid: 'solid',
  mastered: 'mastered',
};

export const MASTERY_HELP =
  'Mastery is the weighted average share of the points earned on a standard in the newest 10 finished attempts that test it. ' +
  'Newer attempts count more: an attempt counts half as much as one three attempts newer. Reviewed scores replace automatic ones. ' +
  'With fewer than 2 attempts no level is shown ("too early"). Levels: under 50 not yet, 50–69 developing, 70–84 solid, 85 and above mastered.';

export interface MasteryCell {
  standardId: string;
  /** 0..1, null without evidence. */
  value: number | null;
  /** null while there are fewer attempts than the minimum. */
  level: MasteryLevel | null;
  evidence: number;
}

export interface StandardRef {
  id: string;
  title: string;
}

export type AssignmentState = 'not-started' | 'in-progress' | 'passed' | 'failed' | 'acknowledged';

export interface PersonAssignmentView {
  personId: string;
  name: string;
  state: AssignmentState;
  overdue: boolean;
  countedAttemptId: string | null;
  score: number | null;
  attempts: number;
  acknowledgedAt: string | null;
}

export interface AssignmentProgressView {
  total: number;
  done: number;
  passed: number;
  overdue: number;
  completionRate: number;
  passRate: number | null;
}

export interface AssignmentView extends Assignment {
  title: string;
  createdByName: string;
  progress: AssignmentProgressView;
  people: PersonAssignmentView[];
}

export interface AttemptRow {
  id: string;
  personId: string;
  scenarioId: string;
  scenarioTitle: string;
  mode: 'coach' | 'assessment';
  status: 'in-progress' | 'finished' | 'abandoned';
  startedAt: string;
  endedAt: string | null;
  channel: string | null;
  score: number | null;
  autoScore: number | null;
  passed: boolean | null;
  autoFailed: boolean;
  reviewed: boolean;
  assignmentId: string | null;
  /** "first attempt counts" etc. when this attempt is the one counted for its assignment. */
  countedFor: string | null;
}

export interface ReplyTimeSummary {
  answered: number;
  withinTarget: number;
  medianSec: number | null;
  medianTargetSec: number | null;
}

export interface AckRow {
  version: number;
  requestedAt: string;
  dueDate: string | null;
  acknowledgedAt: string | null;
  overdue: boolean;
}

export interface PersonAssignmentRow {
  id: string;
  title: string;
  kind: 'scenario' | 'playbook';
  dueDate: string | null;
  counts: CountingRule;
  passMark: number;
  state: AssignmentState;
  overdue: boolean;
  score: number | null;
  remindedAt: string | null;
}

export interface CoachingCommentView {
  id: string;
  at: string;
  authorName: string;
  text: string;
  attemptId: string | null;
  scenarioTitle: string | null;
  standardId: string | null;
  readAt: string | null;
}

export interface PersonReport {
  person: { id: string; name: string; role: Role };
  standards: StandardRef[];
  attempts: AttemptRow[];
  /** All attempts matching the filters (the list shows the newest 200). */
  attemptsMatching: number;
  totalAttempts: number;
  trend: { at: string; score: number; scenarioTitle: string }[];
  mastery: MasteryCell[];
  replyTimes: ReplyTimeSummary;
  acknowledgements: AckRow[];
  strengths: string[];
  gaps: string[];
  assignments: PersonAssignmentRow[];
  comments: CoachingCommentView[];
}

export interface TeamReportFilters {
  from?: string;
  to?: string;
  role?: Role;
  channel?: string;
}

export interface TeamAssignmentRow {
  id: string;
  kind: 'scenario' | 'playbook';
  title: string;
  dueDate: string | null;
  counts: CountingRule;
  progress: AssignmentProgressView;
}

export interface TeamReport {
  standards: StandardRef[];
  rows: { personId: string; name: string; role: Role; attempts: number; cells: MasteryCell[] }[];
  standardsRanked: { standardId: string; title: string; average: number | null; people: number }[];
  completionRate: number | null;
  /** Scenario assignments only: passed / done, null before anyone is done. */
  scenarioPassRate: number | null;
  /** Playbook readings only: acknowledged / asked, null when no reading is assigned. */
  acknowledgementRate: number | null;
  assignments: TeamAssignmentRow[];
  overdue: { assignmentId: string; title: string; personId: string; name: string; dueDate: string }[];
  weekly: { week: string; attempts: number; averageScore: number | null; passRate: number | null }[];
  attemptsConsidered: number;
  channels: string[];
}

export interface EvidenceRow {
  attemptId: string;
  scenarioTitle: string;
  endedAt: string;
  earned: number;
  max: number;
  reviewed: boolean;
  missed: string[];
}

export interface ReviewQueueItem {
  attemptId: string;
  personId: string;
  personName: string;
  scenarioTitle: string;
  endedAt: string;
  score: number | null;
  passMark: number;
  autoFailed: boolean;
  reason: 'auto-failed' | 'near-pass-mark' | 'free-text';
}

export interface AttemptFilters {
  scenarioId?: string;
  status?: 'in-progress' | 'finished' | 'abandoned';
  from?: string;
  to?: string;
}
