/**
 * The employee's landing page as data: what is assigned to me and how I stand on it, what I left
 * unfinished, my latest results, coaching comments I haven't read, and reminders a manager sent.
 * Built from attempt summaries (never full attempt histories) so it stays instant for long careers.
 */
import type { AttemptListItem, CommentView, MyAssignment, ReminderView, TrainingHome } from '../../shared/contract/training-ops';
import type { Assignment } from '../../shared/domain/assignment';
import type { CoachingComment } from '../../shared/domain/attempt';
import type { AttemptSummary } from '../../shared/domain/attempt-summary';
import type { Channel } from '../../shared/domain/scenario';
import { latestPublished, type ScenarioEntry } from '../../shared/domain/scenario-library';
import { myPlaybookAssignments, type MyPlaybook } from './playbook-assignments';
import type { StandardTitles } from './standard-titles';

/** The fields of an attempt summary the home and library need. */
export type SummaryLike = Pick<AttemptSummary, 'id' | 'scenarioId' | 'assignmentId' | 'mode' | 'status' | 'startedAt' | 'endedAt' | 'score' | 'passed' | 'reviewed'>;

export interface HomeInput {
  personId: string;
  now: Date;
  assignments: readonly Assignment[];
  scenarios: readonly ScenarioEntry[];
  summaries: readonly SummaryLike[];
  comments: readonly CoachingComment[];
  personName: (id: string) => string;
  standardTitles: StandardTitles;
  /** For playbook readings; without it only scenarios are listed. */
  playbook?: MyPlaybook;
}

const LATEST_RESULTS = 5;

export interface ScenarioLabel {
  title: string;
  channel: Channel | null;
}

/** Title and channel of each scenario, from its latest published version (else its draft). */
export function scenarioLabels(scenarios: readonly ScenarioEntry[]): (id: string) => ScenarioLabel {
  const labels = new Map<string, ScenarioLabel>();
  for (const e of scenarios) {
    const s = latestPublished(e) ?? e.draft;
    labels.set(e.id, { title: s?.title ?? e.id, channel: s?.channel ?? null });
  }
  return (id) => labels.get(id) ?? { title: id, channel: null };
}

/** Due dates are whole days: overdue once the due day has passed. */
export function isOverdue(dueDate: string | null, now: Date): boolean {
  return dueDate !== null && dueDate < now.toISOString().slice(0, 10);
}

function listItem(s: SummaryLike, label: (id: string) => ScenarioLabel): AttemptListItem {
  return {
    attemptId: s.id,
    scenarioId: s.scenarioId,
    ...label(s.scenarioId),
    mode: s.mode,
    assignmentId: s.assignmentId,
    startedAt: s.startedAt,
    endedAt: s.endedAt,
    score: s.score,
    passed: s.passed,
    reviewed: s.reviewed,
  };
}

function myStanding(assignment: Assignment, mine: readonly SummaryLike[]): Pick<MyAssignment, 'status' | 'bestScore' | 'inProgressAttemptId'> {
  const finished = mine.filter((s) => s.status === 'finished');
  const open = mine.filter((s) => s.status === 'in-progress').sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const scores = finished.map((s) => s.score).filter((n): n is number => n !== null);
  const bestScore = scores.length ? Math.max(...scores) : null;
  const passed = finished.some((s) => s.passed === true) || (bestScore !== null && bestScore >= assignment.passMark - 1e-9);
  const status = passed ? 'passed' : open ? 'in-progress' : finished.length ? 'not-passed' : 'not-started';
  return { status, bestScore, inProgressAttemptId: open?.id ?? null };
}

export function myAssignments(input: HomeInput): MyAssignment[] {
  const label = scenarioLabels(input.scenarios);
  const published = new Set(input.scenarios.filter((e) => latestPublished(e) !== null).map((e) => e.id));
  const result: MyAssignment[] = [];
  for (const a of input.assignments) {
    if (a.kind !== 'scenario' || a.scenarioId === null || a.closedAt !== null || !a.personIds.includes(input.personId)) continue;
    if (!published.has(a.scenarioId)) continue; // removed or never published: nothing to play
    const standing = myStanding(a, input.summaries.filter((s) => s.assignmentId === a.id));
    result.push({
      assignmentId: a.id,
      kind: 'scenario',
      scenarioId: a.scenarioId,
      playbookVersion: null,
      title: label(a.scenarioId).title,
      channel: label(a.scenarioId).channel,
      mode: a.mode,
      passMark: a.passMark,
      dueDate: a.dueDate,
      overdue: standing.status !== 'passed' && isOverdue(a.dueDate, input.now),
      ...standing,
    });
  }
  const newestFirst = [...input.assignments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (input.playbook) result.push(...myPlaybookAssignments(input.personId, newestFirst, input.playbook, (due) => isOverdue(due, input.now)));
  const rank = (a: MyAssignment) => (a.status === 'passed' || a.status === 'acknowledged' ? 2 : a.overdue ? 0 : 1);
  return result.sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title));
}

/** A reminder shows until I have started an attempt on that assignment after it was sent, or passed it. */
function reminders(input: HomeInput, mine: readonly MyAssignment[]): ReminderView[] {
  const byId = new Map(input.assignments.map((a) => [a.id, a]));
  return mine.flatMap((m) => {
    const remindedAt = byId.get(m.assignmentId)?.remindedAt;
    if (!remindedAt || m.status === 'passed' || m.status === 'acknowledged') return [];
    const actedSince = input.summaries.some((s) => s.assignmentId === m.assignmentId && s.startedAt > remindedAt);
    return actedSince ? [] : [{ assignmentId: m.assignmentId, title: m.title, remindedAt, dueDate: m.dueDate }];
  });
}

function commentViews(input: HomeInput, label: (id: string) => ScenarioLabel): CommentView[] {
  const scenarioOf = new Map(input.summaries.map((s) => [s.id, s.scenarioId]));
  return input.comments
    .filter((c) => c.personId === input.personId && c.readAt === null)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((c) => {
      const scenarioId = c.attemptId ? scenarioOf.get(c.attemptId) : undefined;
      return {
        id: c.id,
        authorName: input.personName(c.authorId),
        at: c.at,
        text: c.text,
        attemptId: c.attemptId,
        scenarioTitle: scenarioId ? label(scenarioId).title : null,
        standard: c.standardId ? input.standardTitles(c.standardId) : null,
      };
    });
}

export function trainingHome(input: HomeInput): TrainingHome {
  const label = scenarioLabels(input.scenarios);
  const assignments = myAssignments(input);
  const newestFirst = (a: SummaryLike, b: SummaryLike) => (b.endedAt ?? b.startedAt).localeCompare(a.endedAt ?? a.startedAt);
  return {
    assignments,
    continueAttempts: input.summaries
      .filter((s) => s.status === 'in-progress')
      .sort(newestFirst)
      .map((s) => listItem(s, label)),
    latestResults: input.summaries
      .filter((s) => s.status === 'finished')
      .sort(newestFirst)
      .slice(0, LATEST_RESULTS)
      .map((s) => listItem(s, label)),
    unreadComments: commentViews(input, label),
    reminders: reminders(input, assignments),
  };
}
