/**
 * One person's training history for the demo shop: attempts spread over the period in shop hours,
 * assigned scenarios first, skill rising with practice, a few left unfinished or abandoned, and
 * some reviewed by a manager with an override, a reason and a coaching comment.
 */
import type { Attempt, CoachingComment } from '../../shared/domain/attempt';
import type { Assignment } from '../../shared/domain/assignment';
import type { Scenario } from '../../shared/domain/scenario';
import { reviewAttempt } from '../progress/review-overrides';
import type { DemoPerson } from './demo-people';
import { playDemoAttempt } from './play-demo-attempt';
import { randomId, type Random } from './seeded-random';

const HOUR = 3_600_000;

const COACHING = [
  'Good warmth. Next time name the alternative you are offering, so she can say yes straight away.',
  'You owned the mistake quickly — that is exactly the tone we want. Add when it will be fixed.',
  'Please avoid telling customers to read the caption; answer the question first, then point to the chart.',
  'Strong reply. Keep the reply time this short on live-sale nights too.',
  'Remember the apology comes before the explanation. Customers hear excuses otherwise.',
];

export interface HistoryInput {
  person: DemoPerson;
  count: number;
  start: Date;
  end: Date;
  scenarios: Scenario[];
  assignments: Assignment[];
  reviewers: string[];
  reviewShare: number;
  random: Random;
}

export interface DemoHistory {
  attempts: Attempt[];
  comments: CoachingComment[];
}

function shopHour(t: number, random: Random): Date {
  const d = new Date(t);
  d.setUTCHours(1 + random.int(0, 11), random.int(0, 59), random.int(0, 59), 0);
  return d;
}

export function demoHistory(input: HistoryInput): DemoHistory {
  const { person, count, start, end, scenarios, random } = input;
  const span = end.getTime() - start.getTime() - 2 * HOUR;
  const times = Array.from({ length: count }, () => start.getTime() + random.next() * span).sort((a, b) => a - b);
  // The slowest trainees leave assigned work undone, so the overdue list has names.
  const mine = person.pace <= 2 ? [] : input.assignments.filter((a) => a.kind === 'scenario' && a.personIds.includes(person.id));
  const done = new Set<string>();
  const attempts: Attempt[] = [];
  const comments: CoachingComment[] = [];
  times.forEach((t, i) => {
    const startedAt = shopHour(t, random);
    if (startedAt.getTime() > end.getTime() - HOUR) startedAt.setTime(end.getTime() - HOUR - random.int(1, 50) * 60_000);
    // Assigned work first (skipped by a few, so the overdue list has names), then free practice.
    const due = mine.find((a) => !done.has(a.id) && a.createdAt <= startedAt.toISOString() && (random.next() > 0.25 || person.skill > 0.6));
    const scenario = due ? (scenarios.find((s) => s.id === due.scenarioId) ?? random.pick(scenarios)) : random.pick(scenarios);
    const progress = count > 1 ? i / (count - 1) : 1;
    const skill = Math.min(0.97, person.skill + person.growth * progress + (random.next() - 0.5) * 0.15);
    const unfinished = i === count - 1 ? random.chance(0.3) : random.chance(0.03);
    let attempt = playDemoAttempt(
      { id: randomId(random), personId: person.id, scenario, assignmentId: due?.id ?? null, mode: due?.mode ?? 'coach', passMark: due?.passMark ?? scenario.passMark, startedAt, skill, unfinished },
      random,
    );
    if (attempt.status === 'finished' && due) done.add(due.id);
    if (attempt.status === 'in-progress' && i < count - 1) attempt = { ...attempt, status: 'abandoned' };
    const freeText = attempt.score?.steps.find((s) => s.kind === 'free-text');
    const reviewers = input.reviewers.filter((r) => r !== person.id);
    if (attempt.status === 'finished' && freeText?.kind === 'free-text' && reviewers.length && random.chance(input.reviewShare)) {
      const missed = freeText.elements.find((e) => e.status === 'missed');
      const reviewer = random.pick(reviewers);
      const at = new Date(Date.parse(attempt.endedAt!) + random.int(2, 30) * HOUR);
      const text = random.pick(COACHING);
      const overrides = missed && random.chance(0.6) ? [{ stepId: freeText.stepId, elementId: missed.elementId, from: 'missed' as const, to: 'hit' as const, reason: 'Said in other words the rubric does not list yet.' }] : [];
      attempt = reviewAttempt(attempt, { id: randomId(random), reviewerId: reviewer, at: at.toISOString(), overrides, comment: text, passMark: due?.passMark ?? scenario.passMark }).attempt;
      const read = at.getTime() < end.getTime() - 3 * 24 * HOUR;
      comments.push({ id: randomId(random), personId: person.id, authorId: reviewer, at: at.toISOString(), text, attemptId: attempt.id, standardId: null, readAt: read ? new Date(at.getTime() + 5 * HOUR).toISOString() : null });
    }
    attempts.push(attempt);
  });
  return { attempts, comments };
}
