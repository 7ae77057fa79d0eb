/**
 * What the leader's and manager's home shows: the few things that need them today, each with the
 * ids the screen needs to link straight to where it is handled. Lists are cut to HOME_LIST_LIMIT
 * with the full count beside them, so the screen can say "see all 12".
 */
import type { ReviewQueueItem } from './progress';

export const HOME_LIST_LIMIT = 5;
/** Due within this many days from today counts as "due soon". */
export const DUE_SOON_DAYS = 7;
/** Standards are compared over this many days against the same stretch before it. */
export const STANDARD_WINDOW_DAYS = 30;

export interface HomeDueItem {
  assignmentId: string;
  title: string;
  kind: 'scenario' | 'playbook';
  dueDate: string;
  overdue: boolean;
}

export interface HomePersonDue {
  personId: string;
  name: string;
  items: HomeDueItem[];
}

export interface HomePendingAck {
  personId: string;
  name: string;
  dueDate: string | null;
  overdue: boolean;
}

export interface HomeWeakStandard {
  standardId: string;
  title: string;
  /** Share of the points earned on it in the window, 0..1. */
  share: number;
  /** The same share in the window before, null when nothing tested it then. */
  previousShare: number | null;
  attempts: number;
  /** A published scenario that tests the standard, to assign as practice. */
  practiceScenarioId: string | null;
}

export interface HomeComment {
  id: string;
  at: string;
  personId: string;
  personName: string;
  authorName: string;
  text: string;
  attemptId: string | null;
  readAt: string | null;
}

export interface ManagerHome {
  /** How far the shop has got, for the next steps a new shop sees. */
  setup: { employees: number; publishedScenarios: number; playbookPublished: boolean; openAssignments: number; finishedAttempts: number };
  due: { people: HomePersonDue[]; peopleTotal: number; overdue: number; dueSoon: number };
  reviews: { items: ReviewQueueItem[]; total: number };
  acknowledgements: { version: number | null; asked: number; pending: HomePendingAck[]; pendingTotal: number };
  weakStandards: { items: HomeWeakStandard[]; windowDays: number };
  comments: HomeComment[];
}
