/**
 * Operations of the training domain: the employee's home, the practice library, and playing an
 * attempt step by step. Views carry only what the trainee may see at that moment: no rubric or
 * feedback of a step not yet answered, and in assessment mode no feedback until the end.
 */
import { z } from 'zod';
import { EVERYONE, operation } from './operation';
import type { ActualReply, Channel, Difficulty, JourneyStage, Persona } from '../domain/scenario';
import type { AttemptMode } from '../domain/attempt';
import type { AttemptScore, StepResult } from '../domain/scoring';

const idField = z.string().min(1).max(80);

export interface StandardRef {
  id: string;
  title: string;
}

export interface MyAssignment {
  assignmentId: string;
  /** A scenario to play, or a playbook version to read and acknowledge. */
  kind: 'scenario' | 'playbook';
  /** The scenario (kind "scenario"); empty for a playbook reading. */
  scenarioId: string;
  /** The version to read (kind "playbook"); null for a scenario. */
  playbookVersion: number | null;
  title: string;
  channel: Channel | null;
  mode: AttemptMode;
  passMark: number;
  dueDate: string | null;
  overdue: boolean;
  status: 'not-started' | 'in-progress' | 'passed' | 'not-passed' | 'acknowledged';
  bestScore: number | null;
  /** The unfinished attempt to continue, if any. */
  inProgressAttemptId: string | null;
}

export interface AttemptListItem {
  attemptId: string;
  scenarioId: string;
  title: string;
  channel: Channel | null;
  mode: AttemptMode;
  assignmentId: string | null;
  startedAt: string;
  endedAt: string | null;
  score: number | null;
  passed: boolean | null;
  reviewed: boolean;
}

export interface CommentView {
  id: string;
  authorName: string;
  at: string;
  text: string;
  attemptId: string | null;
  scenarioTitle: string | null;
  standard: StandardRef | null;
}

export interface ReminderView {
  assignmentId: string;
  title: string;
  remindedAt: string;
  dueDate: string | null;
}

export interface TrainingHome {
  assignments: MyAssignment[];
  continueAttempts: AttemptListItem[];
  latestResults: AttemptListItem[];
  unreadComments: CommentView[];
  reminders: ReminderView[];
}

export interface PracticeScenario {
  scenarioId: string;
  version: number;
  title: string;
  channel: Channel;
  journeyStage: JourneyStage;
  difficulty: Difficulty;
  language: string;
  estimatedMinutes: number;
  standards: StandardRef[];
  personaName: string;
  bestScore: number | null;
  attemptsFinished: number;
  inProgressAttemptId: string | null;
}

export type ConversationItem =
  | { kind: 'customer'; id: string; stepId: string; text: string; imageCaption: string | null; delayMs: number; pending: boolean }
  | { kind: 'reply'; id: string; stepId: string; text: string; optionId: string | null; answeredAt: string; replyTimeSec: number };

/** The decision waiting for the trainee: never its rubric, model answer or option feedback. */
export interface CurrentDecision {
  stepId: string;
  kind: 'free-text' | 'choice';
  prompt: string;
  replyTimeTargetSec: number | null;
  options: { id: string; text: string }[];
  promptShownAt: string | null;
}

export interface StepFeedback {
  stepId: string;
  reply: string;
  replyTimeSec: number;
  replyTimeTargetSec: number | null;
  result: StepResult;
  modelAnswer: string | null;
  /** The real staff reply, only when the leader marked it a good example or one to avoid. */
  actualReply: ActualReply | null;
  /** For a choice: the reply that earned the most, when another one was chosen. */
  betterOption: { id: string; text: string; feedback: string } | null;
}

export interface AttemptView {
  id: string;
  personId: string;
  personName: string;
  scenario: {
    id: string;
    version: number;
    title: string;
    channel: Channel;
    language: string;
    persona: Persona;
    passMark: number;
  };
  assignmentId: string | null;
  mode: AttemptMode;
  status: 'in-progress' | 'finished' | 'abandoned';
  startedAt: string;
  endedAt: string | null;
  conversation: ConversationItem[];
  current: CurrentDecision | null;
  /** Feedback of the answered steps the trainee may see now (all of them in coach mode; none before the end in assessment). */
  feedback: StepFeedback[];
  feedbackHiddenUntilEnd: boolean;
  outcome: { rating: 'good' | 'neutral' | 'poor'; text: string } | null;
  score: AttemptScore | null;
  /** Titles of every standard the view mentions. */
  standards: StandardRef[];
}

export interface AnswerResult {
  attempt: AttemptView;
  /** Coach mode: the feedback on this reply. Assessment mode: null, and `acknowledgement` says it was saved. */
  feedback: StepFeedback | null;
  acknowledgement: string;
}

const attemptRef = z.object({ attemptId: idField }).strict();

export const trainingOps = {
  trainingHome: operation<TrainingHome>()({
    summary: 'My assignments, unfinished attempts, latest results, unread coaching comments and reminders.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  practiceLibrary: operation<PracticeScenario[]>()({
    summary: 'Every published scenario, with my best score on each, to practise freely.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  startAttempt: operation<AttemptView>()({
    summary: 'Start (or continue) playing a scenario, for an assignment or as practice.',
    access: EVERYONE,
    input: z.object({ scenarioId: idField, assignmentId: idField.optional() }).strict(),
  }),
  getAttempt: operation<AttemptView>()({
    summary: 'One attempt as its player may see it.',
    access: EVERYONE,
    input: attemptRef,
  }),
  markPromptShown: operation<AttemptView>()({
    summary: "Record that the customer's message before a reply is on screen; the reply timer starts then.",
    access: EVERYONE,
    input: z.object({ attemptId: idField, stepId: idField }).strict(),
  }),
  answerStep: operation<AnswerResult>()({
    summary: 'Send a reply or choose one, have it scored and saved, and move the conversation on.',
    access: EVERYONE,
    input: z
      .object({
        attemptId: idField,
        stepId: idField,
        reply: z.string().max(4000, 'Keep the reply under 4,000 characters.').optional(),
        optionId: idField.optional(),
      })
      .strict()
      .refine((v) => (v.reply === undefined) !== (v.optionId === undefined), { message: 'Send either a written reply or a chosen reply, not both.' }),
  }),
  finishAttempt: operation<AttemptView>()({
    summary: 'Finish an attempt whose conversation has reached its ending.',
    access: EVERYONE,
    input: attemptRef,
  }),
  abandonAttempt: operation<AttemptView>()({
    summary: 'Leave an unfinished attempt; it stays on record but is no longer offered to continue.',
    access: EVERYONE,
    input: attemptRef,
  }),
  markCommentsRead: operation<{ marked: number }>()({
    summary: 'Mark my coaching comments as read.',
    access: EVERYONE,
    input: z.object({ commentIds: z.array(idField).min(1).max(200) }).strict(),
  }),
};
