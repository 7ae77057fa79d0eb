/**
 * Operations of the progress domain: assignments, the review queue and reviews, coaching
 * comments, per-person and team reports, CSV exports, and the demo shop. Reports are built from
 * attempt summaries, never from full histories.
 */
import { z } from 'zod';
import { EVERYONE, MANAGERS, operation, ROLES } from './operation';
import type { Attempt, AttemptReview, OverrideCheck, OverrideStatus } from '../domain/attempt';
import { assignmentTargetSchema, countingRuleSchema } from '../domain/assignment';
import { attemptModeSchema, elementOverrideSchema } from '../domain/attempt';
import type { AssignmentView, EvidenceRow, PersonReport, ReviewQueueItem, TeamReport } from '../domain/progress';
import type { Scenario } from '../domain/scenario';
import type { SessionInfo } from '../domain/workspace';

const idField = z.string().min(1).max(80);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.');

export const teamFiltersSchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    role: z.enum(ROLES).optional(),
    channel: z.string().max(40).optional(),
  })
  .strict();

export const attemptFiltersSchema = z
  .object({
    scenarioId: idField.optional(),
    status: z.enum(['in-progress', 'finished', 'abandoned']).optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict();

export interface ReviewConversationItem {
  kind: 'customer' | 'reply' | 'choice' | 'ending';
  stepId: string;
  text: string;
  imageCaption?: string;
}

/** A reply's score in plain words: why the points are what they are, then one line per finding. */
export interface ReplyExplanation {
  headline: string;
  lines: string[];
}

/** One reviewer decision in words ("“Offer an alternative”", "missed → met"). */
export interface ReviewDecision {
  stepId: string;
  /** 1 for the first written reply of the attempt. */
  replyNumber: number | null;
  check: OverrideCheck;
  elementId: string;
  label: string;
  from: OverrideStatus;
  to: OverrideStatus;
  change: string;
  reason: string;
}

export interface ReviewReply {
  stepId: string;
  number: number;
  automatic: ReplyExplanation;
  /** Under the latest review, when there is one. */
  reviewed: ReplyExplanation | null;
}

export interface AttemptForReview {
  attempt: Attempt;
  personName: string;
  scenario: Scenario;
  passMark: number;
  conversation: ReviewConversationItem[];
  /** Titles of every standard the attempt's results name. */
  standardTitles: Record<string, string>;
  replies: ReviewReply[];
  reviews: (AttemptReview & { reviewerName: string; decisions: ReviewDecision[] })[];
}

export interface DemoShopResult {
  path: string;
  command: string;
  people: { name: string; role: string; pin: string }[];
  attempts: number;
}

export interface OpenedDemoShop {
  /** Signed in as the demo's leader, in the demo workspace. */
  session: SessionInfo;
  brandName: string;
  people: { name: string; role: string; pin: string }[];
}

/** Which workspace the host has open: the demo shop opened from one's own can go back to it. */
export interface DemoShopState {
  inDemo: boolean;
  canGoBack: boolean;
}

export interface AssignmentOptions {
  scenarios: { id: string; title: string; channel: string; passMark: number }[];
  playbookVersions: { number: number; summary: string }[];
  people: { id: string; name: string; role: string }[];
}

export const progressOps = {
  assignmentOptions: operation<AssignmentOptions>()({
    summary: 'What can be assigned, and to whom: published scenarios, playbook versions, active people.',
    access: MANAGERS,
    input: z.object({}).strict(),
  }),
  listAssignments: operation<AssignmentView[]>()({
    summary: 'Every assignment with each person’s state, completion and overdue marks.',
    access: MANAGERS,
    input: z.object({ includeClosed: z.boolean().default(false) }).strict(),
  }),
  createAssignment: operation<AssignmentView>()({
    summary: 'Assign a scenario or a playbook version to people, a role or everyone, with a due date.',
    access: MANAGERS,
    input: z
      .object({
        kind: z.enum(['scenario', 'playbook']),
        scenarioId: idField.optional(),
        playbookVersion: z.number().int().min(1).optional(),
        mode: attemptModeSchema.default('coach'),
        passMark: z.number().min(0.1, 'A pass mark of at least 10%.').max(1, 'A pass mark of at most 100%.').default(0.8),
        counts: countingRuleSchema.default('best'),
        target: assignmentTargetSchema,
        dueDate: day.nullable().default(null),
      })
      .strict(),
  }),
  remindAssignment: operation<AssignmentView>()({
    summary: 'Remind everyone who has not finished an assignment (a banner on their training home).',
    access: MANAGERS,
    input: z.object({ id: idField }).strict(),
  }),
  closeAssignment: operation<AssignmentView>()({
    summary: 'Close an assignment: it leaves homes and new people no longer receive it; results stay.',
    access: MANAGERS,
    input: z.object({ id: idField }).strict(),
  }),
  teamReport: operation<TeamReport>()({
    summary: 'The team report: mastery heatmap, weakest standards, completion, overdue and weekly trend.',
    access: MANAGERS,
    input: teamFiltersSchema,
  }),
  personReport: operation<PersonReport>()({
    summary: 'One person’s progress report (employees may open only their own).',
    access: EVERYONE,
    input: z.object({ personId: idField, filters: attemptFiltersSchema.default({}) }).strict(),
  }),
  masteryEvidence: operation<EvidenceRow[]>()({
    summary: 'The attempts and elements behind one person’s mastery of one standard.',
    access: EVERYONE,
    input: z.object({ personId: idField, standardId: idField, filters: teamFiltersSchema.default({}) }).strict(),
  }),
  reviewQueue: operation<ReviewQueueItem[]>()({
    summary: 'Free-text replies waiting for a human look: all, or only borderline ones (near the pass mark or auto-failed).',
    access: MANAGERS,
    input: z.object({ filter: z.enum(['all', 'borderline']).default('all') }).strict(),
  }),
  getAttemptForReview: operation<AttemptForReview>()({
    summary: 'An attempt with its conversation, replies, automatic scoring and earlier reviews, for a reviewer.',
    access: MANAGERS,
    input: z.object({ attemptId: idField }).strict(),
  }),
  reviewAttempt: operation<AttemptForReview>()({
    summary: 'Review an attempt: set element results differently with reasons and leave a coaching comment.',
    access: MANAGERS,
    input: z
      .object({
        attemptId: idField,
        overrides: z.array(elementOverrideSchema).max(100),
        comment: z.string().trim().max(4000).default(''),
      })
      .strict(),
  }),
  addCoachingComment: operation<{ id: string }>()({
    summary: 'Leave a coaching comment the person sees on their training home.',
    access: MANAGERS,
    input: z
      .object({
        personId: idField,
        text: z.string().trim().min(1, 'Write the comment.').max(4000),
        attemptId: idField.nullable().default(null),
        standardId: idField.nullable().default(null),
      })
      .strict(),
  }),
  exportCsv: operation<{ fileName: string; text: string; rows: number }>()({
    summary: 'A CSV export of attempts, mastery per person and standard, or playbook acknowledgements.',
    access: MANAGERS,
    input: z.object({ kind: z.enum(['attempts', 'mastery', 'acknowledgements']), filters: teamFiltersSchema.default({}) }).strict(),
  }),
  teamReportPdf: operation<{ fileName: string; base64: string; pages: number }>()({
    summary: 'The team report as a PDF document (landscape pages, the heatmap split across pages), base64-encoded.',
    access: MANAGERS,
    input: teamFiltersSchema,
  }),
  personReportPdf: operation<{ fileName: string; base64: string; pages: number }>()({
    summary: 'One person’s report as a PDF document (employees may get only their own), base64-encoded.',
    access: EVERYONE,
    input: z.object({ personId: idField, filters: attemptFiltersSchema.default({}) }).strict(),
  }),
  createDemoShop: operation<DemoShopResult>()({
    summary: 'Create a separate demo workspace with people, eight weeks of training and reviews, beside this one.',
    access: 'first-run',
    input: z.object({}).strict(),
  }),
  openDemoShop: operation<OpenedDemoShop>()({
    summary: 'Switch this host to the demo shop (created beside this workspace if needed) and sign in as its leader.',
    access: 'first-run',
    input: z.object({}).strict(),
  }),
  leaveDemoShop: operation<{ left: true }>()({
    summary: 'Close the demo shop and go back to your own workspace.',
    access: 'public',
    input: z.object({}).strict(),
  }),
  demoShopState: operation<DemoShopState>()({
    summary: 'Whether the host has the demo shop open, and whether there is an own workspace to go back to.',
    access: 'public',
    input: z.object({}).strict(),
  }),
};
