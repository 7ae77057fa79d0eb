import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingPlaybookAck, PlaybookView, VersionAckView } from '../../../shared/contract/playbook-ops';
import type { TrainingHome } from '../../../shared/contract/training-ops';
import type { PersonReport } from '../../../shared/domain/progress';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { Role } from '../../../shared/contract/operation';
import type { AppService } from '../app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

describe('one due date for a playbook reading', () => {
  let dir: { dir: string; remove: () => Promise<void> };
  let service: AppService;
  let who: Record<Role, SessionInfo>;
  let clock = testClock();

  beforeEach(async () => {
    clock = testClock('2026-11-23T09:00:00.000Z');
    dir = await tempDir();
    service = await openService(dir.dir, clock);
    who = await workspaceWithEveryRole(service);
    await ok(service, 'publishPlaybook', { summary: 'First version.', dueDate: '2027-01-01' }, who.leader.token);
  });
  afterEach(async () => {
    await service.close();
    await dir.remove();
  });

  const assignToEmployee = (dueDate: string | null) =>
    ok(service, 'createAssignment', { kind: 'playbook', playbookVersion: 1, target: { type: 'people', personIds: [who.employee.person.id] }, dueDate }, who.manager.token);

  it("the assignment's date replaces the publishing default on the home, the playbook page, the reports and the CSV", async () => {
    await assignToEmployee('2026-12-07');
    const employee = who.employee.token;
    const home = await ok<TrainingHome>(service, 'trainingHome', {}, employee);
    expect(home.assignments).toMatchObject([{ kind: 'playbook', playbookVersion: 1, title: 'Read version 1 of the playbook', dueDate: '2026-12-07', status: 'not-started' }]);
    expect((await ok<PlaybookView>(service, 'getPlaybook', {}, employee)).pending).toMatchObject({ version: 1, dueDate: '2026-12-07' });
    expect(await ok<PendingPlaybookAck[]>(service, 'myPlaybookTasks', {}, employee)).toMatchObject([{ dueDate: '2026-12-07' }]);

    const report = await ok<PersonReport>(service, 'personReport', { personId: who.employee.person.id }, who.manager.token);
    expect(report.acknowledgements).toMatchObject([{ version: 1, dueDate: '2026-12-07' }]);
    const status = await ok<VersionAckView[]>(service, 'playbookAckStatus', {}, who.leader.token);
    expect(status[0].people.find((p) => p.personId === who.employee.person.id)).toMatchObject({ dueDate: '2026-12-07' });
    // The manager was not assigned: the publishing default stays theirs.
    expect(status[0].people.find((p) => p.personId === who.manager.person.id)).toMatchObject({ dueDate: '2027-01-01' });

    const csv = await ok<{ text: string }>(service, 'exportCsv', { kind: 'acknowledgements' }, who.manager.token);
    expect(csv.text).toContain('Budi,1,2026-12-07,no,');
    expect(csv.text).toContain('Maria,1,2027-01-01,no,');
  });

  it('without a date of its own the assignment shows the publishing default, and turns to acknowledged once read', async () => {
    await assignToEmployee(null);
    let home = await ok<TrainingHome>(service, 'trainingHome', {}, who.employee.token);
    expect(home.assignments).toMatchObject([{ kind: 'playbook', dueDate: '2027-01-01' }]);
    await ok(service, 'acknowledgePlaybook', { version: 1 }, who.employee.token);
    home = await ok<TrainingHome>(service, 'trainingHome', {}, who.employee.token);
    expect(home.assignments).toMatchObject([{ kind: 'playbook', status: 'acknowledged', overdue: false }]);
  });

  it('is overdue only past its own day, even when the default is later', async () => {
    await assignToEmployee('2026-11-25');
    clock.advance(3 * 86_400_000);
    const employee = (await ok<SessionInfo>(service, 'signIn', { personId: who.employee.person.id, pin: '5678' })).token;
    const home = await ok<TrainingHome>(service, 'trainingHome', {}, employee);
    expect(home.assignments[0]).toMatchObject({ overdue: true });
    expect((await ok<PlaybookView>(service, 'getPlaybook', {}, employee)).pending).toMatchObject({ overdue: true });
  });
});
