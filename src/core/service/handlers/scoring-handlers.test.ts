/**
 * Re-scoring past attempts through the real service and files: an attempt recorded under older rules
 * (here: a stored verdict the current rules no longer give) is previewed, re-scored, reported with the
 * new verdict, and put back exactly by undoing; reviewed attempts keep their review; leaders only.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnswerResult, AttemptView } from '../../../shared/contract/training-ops';
import type { PersonReport } from '../../../shared/domain/progress';
import type { RescorePreview, RescoreRunView } from '../../../shared/domain/rescore-run';
import type { Role } from '../../../shared/contract/operation';
import type { SessionInfo } from '../../../shared/domain/workspace';
import { GOOD_REPLY, publishTrainingScenario, trainingScenario } from '../../training/fixtures/training-scenario';
import type { AppService } from '../app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole, type TestClock } from '../test-service';

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

/** Plays the scenario to the end, then stores the result as if older rules had failed the reply. */
async function attemptScoredByOlderRules(): Promise<string> {
  const token = who.employee.token;
  const started = await ok<AttemptView>(service, 'startAttempt', { scenarioId: trainingScenario.id }, token);
  await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'r1', reply: GOOD_REPLY }, token);
  await ok<AnswerResult>(service, 'answerStep', { attemptId: started.id, stepId: 'q1', optionId: 'honest' }, token);
  const attempt = (await service.workspace.attempts.getAttempt(who.employee.person.id, started.id))!;
  expect(attempt.status).toBe('finished');
  expect(attempt.score!.passed).toBe(true);
  const older = { ...attempt.score!, score: 0.4, passed: false, perStandard: attempt.score!.perStandard.map((t) => ({ ...t, earned: 0 })) };
  await service.workspace.attempts.saveAttempt({ ...attempt, score: older });
  return started.id;
}

async function reportedPass(attemptId: string): Promise<boolean | null> {
  const report = await ok<PersonReport>(service, 'personReport', { personId: who.employee.person.id }, who.leader.token);
  const row = report.attempts.find((a) => a.id === attemptId);
  return row ? row.passed : null;
}

describe('re-scoring past attempts', () => {
  it('previews, applies, reports and undoes a changed verdict, recording who did it', async () => {
    const id = await attemptScoredByOlderRules();
    expect(await reportedPass(id)).toBe(false);

    const preview = await ok<RescorePreview>(service, 'previewRescore', {}, who.leader.token);
    expect(preview).toMatchObject({ considered: 1, changed: 1, toPass: 1, toFail: 0, keptReviewed: 0 });
    expect(preview.examples[0]).toMatchObject({ attemptId: id, personName: 'Budi', passedBefore: false, passedAfter: true });
    expect(await reportedPass(id)).toBe(false);

    const run = await ok<RescoreRunView>(service, 'applyRescore', {}, who.leader.token);
    expect(run).toMatchObject({ changed: 1, toPass: 1, byName: 'Siti', undoneAt: null, canUndo: true });
    expect(await reportedPass(id)).toBe(true);
    const stored = (await service.workspace.attempts.getAttempt(who.employee.person.id, id))!;
    expect(stored.score!.score).toBe(0.4);
    expect(stored.rescores).toHaveLength(1);

    const again = await ok<RescorePreview>(service, 'previewRescore', {}, who.leader.token);
    expect(again.changed).toBe(0);

    const undone = await ok<RescoreRunView>(service, 'undoRescore', { runId: run.id }, who.leader.token);
    expect(undone).toMatchObject({ undoneByName: 'Siti', canUndo: false });
    expect(await reportedPass(id)).toBe(false);
    const twice = await service.call('undoRescore', { runId: run.id }, who.leader.token);
    expect(twice.ok ? 'ok' : twice.error.code).toBe('CONFLICT');
    const runs = await ok<RescoreRunView[]>(service, 'listRescoreRuns', {}, who.leader.token);
    expect(runs.map((r) => [r.changed, r.undoneAt !== null])).toEqual([[1, true]]);
  });

  it('keeps a reviewed attempt as the reviewer left it', async () => {
    const id = await attemptScoredByOlderRules();
    await ok(service, 'reviewAttempt', { attemptId: id, overrides: [], comment: 'Checked by hand.' }, who.manager.token);
    const preview = await ok<RescorePreview>(service, 'previewRescore', {}, who.leader.token);
    expect(preview).toMatchObject({ considered: 1, changed: 0, keptReviewed: 1 });
  });

  it('survives a restart: the re-scored verdict and the run are read back from disk', async () => {
    const id = await attemptScoredByOlderRules();
    await ok(service, 'applyRescore', {}, who.leader.token);
    await service.close();
    service = await openService(folder.dir, clock);
    const leader = await ok<SessionInfo>(service, 'signIn', { personId: who.leader.person.id, pin: '1234' });
    who = { ...who, leader };
    expect(await reportedPass(id)).toBe(true);
    expect(await ok<RescoreRunView[]>(service, 'listRescoreRuns', {}, leader.token)).toHaveLength(1);
  });

  it('lets only a leader preview or apply a re-scoring', async () => {
    for (const role of ['manager', 'employee'] as const) {
      const refused = await service.call('applyRescore', {}, who[role].token);
      expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    }
  });
});
