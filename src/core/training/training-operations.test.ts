/** The training operations through the real service and real files: saving step by step, resuming, roles, home data. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerResult, AttemptView, PracticeScenario, TrainingHome } from '../../shared/contract/training-ops';
import type { SessionInfo } from '../../shared/domain/workspace';
import type { Role } from '../../shared/contract/operation';
import type { AppService } from '../service/app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole, type TestClock } from '../service/test-service';
import { GOOD_REPLY, publishTrainingScenario, trainingScenario } from './fixtures/training-scenario';

let folder: Awaited<ReturnType<typeof tempDir>>;
let clock: TestClock;
let service: AppService;
let who: Record<Role, SessionInfo>;

beforeEach(async () => {
  folder = await tempDir();
  clock = testClock();
  service = await openService(folder.dir, clock);
  who = await workspaceWithEveryRole(service);
  await publishTrainingScenario(service.workspace, clock.now);
});
afterEach(async () => {
  await service.close();
  await folder.remove();
});

const employee = () => who.employee.token;

async function assign(mode: 'coach' | 'assessment', extra: { dueDate?: string; remindedAt?: string } = {}) {
  await service.workspace.mutate((data) => {
    data.assignments.push({
      id: `as-${mode}`,
      kind: 'scenario',
      scenarioId: trainingScenario.id,
      playbookVersion: null,
      mode,
      passMark: 0.7,
      counts: 'best',
      target: { type: 'people', personIds: [who.employee.person.id] },
      personIds: [who.employee.person.id],
      dueDate: extra.dueDate ?? null,
      createdAt: clock.now.toISOString(),
      createdBy: who.manager.person.id,
      remindedAt: extra.remindedAt ?? null,
      closedAt: null,
    });
  });
  return `as-${mode}`;
}

describe('training operations', () => {
  it('saves every step to disk, so a new session on the same folder resumes at the same step with the same reply', async () => {
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    expect(started.mode).toBe('coach');
    clock.advance(3000);
    await ok(service, 'markPromptShown', { attemptId: started.id, stepId: 'r1' }, employee());
    clock.advance(42_000);
    const answered = await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: GOOD_REPLY }, employee());
    expect(answered.feedback?.result.kind).toBe('free-text');
    expect(answered.feedback?.replyTimeSec).toBe(42);
    await service.close();

    service = await openService(folder.dir, clock);
    const again = await ok<SessionInfo>(service, 'signIn', { personId: who.employee.person.id, pin: '5678' });
    const resumed = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, again.token);
    expect(resumed.id).toBe(started.id);
    expect(resumed.current?.stepId).toBe('q1');
    expect(resumed.conversation.filter((m) => m.kind === 'reply').map((m) => m.text)).toEqual([GOOD_REPLY]);
  });

  it('ignores any duration the client might send: the reply time comes from the host clock', async () => {
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    await ok(service, 'markPromptShown', { attemptId: started.id, stepId: 'r1' }, employee());
    clock.advance(7000);
    const refused = await service.call('answerStep', { attemptId: started.id, stepId: 'r1', reply: 'hi', replyTimeSec: 1 }, employee());
    expect(refused.ok).toBe(false);
    const answered = await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: 'hi' }, employee());
    expect(answered.attempt.conversation.find((m) => m.kind === 'reply')).toMatchObject({ replyTimeSec: 7 });
  });

  it('plays an assignment in its mode: assessment answers get a neutral acknowledgement and no feedback until the end', async () => {
    const assignmentId = await assign('assessment');
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id, assignmentId }, employee());
    expect(started).toMatchObject({ mode: 'assessment', assignmentId, scenario: { passMark: 0.7 } });
    const first = await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: GOOD_REPLY }, employee());
    expect(first.feedback).toBeNull();
    expect(first.acknowledgement).toMatch(/at the end/);
    expect((await ok<AttemptView>(service, 'getAttempt', { attemptId: started.id }, employee())).feedback).toEqual([]);
    const last = await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'q1', optionId: 'honest' }, employee());
    expect(last.attempt.status).toBe('finished');
    expect(last.attempt.feedback).toHaveLength(2);
    expect(last.attempt.score?.passed).toBe(true);
  });

  it('keeps attempts private to their player; managers may read them but never play them', async () => {
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    const asManager = await ok<AttemptView>(service, 'getAttempt', { attemptId: started.id }, who.manager.token);
    expect(asManager.personName).toBe('Budi');
    const managerPlays = await service.call('answerStep', { attemptId: started.id, stepId: 'r1', reply: 'hi' }, who.manager.token);
    expect(managerPlays).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const mine = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, who.manager.token);
    const employeeReads = await service.call('getAttempt', { attemptId: mine.id }, employee());
    expect(employeeReads).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it("refuses someone else's assignment and a scenario that is not published", async () => {
    const assignmentId = await assign('coach');
    const refused = await service.call('startAttempt', { scenarioId: trainingScenario.id, assignmentId }, who.manager.token);
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await service.call('startAttempt', { scenarioId: 'no-such-thing' }, employee())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('builds the home: assignment status and overdue mark, continue, latest results, reminders and unread comments', async () => {
    await assign('coach', { dueDate: '2026-11-20', remindedAt: '2026-11-22T10:00:00.000Z' });
    let home = await ok<TrainingHome>(service, 'trainingHome', {}, employee());
    expect(home.assignments).toMatchObject([{ assignmentId: 'as-coach', status: 'not-started', overdue: true, dueDate: '2026-11-20', mode: 'coach', title: 'Where is my parcel?' }]);
    expect(home.reminders).toMatchObject([{ assignmentId: 'as-coach' }]);

    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id, assignmentId: 'as-coach' }, employee());
    home = await ok<TrainingHome>(service, 'trainingHome', {}, employee());
    expect(home.assignments[0]).toMatchObject({ status: 'in-progress', inProgressAttemptId: started.id });
    expect(home.continueAttempts.map((a) => a.attemptId)).toEqual([started.id]);
    expect(home.reminders).toEqual([]);

    await ok(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: GOOD_REPLY }, employee());
    await ok(service, 'answerStep', { attemptId: started.id, stepId: 'q1', optionId: 'honest' }, employee());
    await service.workspace.attempts.saveComment({
      id: 'c1', personId: who.employee.person.id, authorId: who.manager.person.id, at: clock.now.toISOString(),
      text: 'Lovely apology.', attemptId: started.id, standardId: 'human-tone', readAt: null,
    });
    home = await ok<TrainingHome>(service, 'trainingHome', {}, employee());
    expect(home.assignments[0]).toMatchObject({ status: 'passed', overdue: false, bestScore: 1 });
    expect(home.continueAttempts).toEqual([]);
    expect(home.latestResults).toMatchObject([{ attemptId: started.id, passed: true, score: 1 }]);
    expect(home.unreadComments).toMatchObject([{ id: 'c1', authorName: 'Maria', scenarioTitle: 'Where is my parcel?', text: 'Lovely apology.' }]);

    expect(await ok(service, 'markCommentsRead', { commentIds: ['c1'] }, employee())).toEqual({ marked: 1 });
    expect((await ok<TrainingHome>(service, 'trainingHome', {}, employee())).unreadComments).toEqual([]);
  });

  it('lists every published scenario for practice with my best score', async () => {
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    await ok(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: 'We will see' }, employee());
    await ok(service, 'answerStep', { attemptId: started.id, stepId: 'q1', optionId: 'guess' }, employee());
    const library = await ok<PracticeScenario[]>(service, 'practiceLibrary', {}, employee());
    expect(library.length).toBeGreaterThanOrEqual(11);
    const mine = library.find((s) => s.scenarioId === trainingScenario.id);
    expect(mine).toMatchObject({ channel: 'whatsapp', journeyStage: 'during', difficulty: 'easy', attemptsFinished: 1 });
    expect(mine?.bestScore).toBeLessThan(0.5);
    expect(library.find((s) => s.scenarioId === 'boots-sold-out-instagram')?.standards[0]).toMatchObject({ id: 'keep-feed-honest', title: expect.stringMatching(/feed/i) });
  });

  it('abandons an attempt so that starting again begins afresh', async () => {
    const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    const left = await ok<AttemptView>(service, 'abandonAttempt', { attemptId: started.id }, employee());
    expect(left.status).toBe('abandoned');
    const fresh = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, employee());
    expect(fresh.id).not.toBe(started.id);
  });
});
