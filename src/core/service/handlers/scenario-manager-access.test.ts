import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioDetail, ScenarioListItem } from '../../../shared/contract/scenario-ops';
import type { Role } from '../../../shared/contract/operation';
import type { AssignmentView } from '../../../shared/domain/progress';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

describe('a manager browsing scenarios', () => {
  let service: AppService;
  let sessions: Record<Role, SessionInfo>;
  let folder: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    folder = await tempDir();
    service = await openService(folder.dir, testClock());
    sessions = await workspaceWithEveryRole(service);
  });
  afterAll(async () => {
    await service.close();
    await folder.remove();
  });

  it('sees the published scenarios and their versions, never a draft', async () => {
    const list = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, sessions.manager.token);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s) => s.status === 'published' && s.latestVersion !== null)).toBe(true);
    const detail = await ok<ScenarioDetail>(service, 'getScenario', { id: list[0].id }, sessions.manager.token);
    expect(detail.draft).toBeNull();
    expect(detail.versions.at(-1)!.scenario.title).toBe(list[0].title);
  });

  it('can assign one of them', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, sessions.manager.token);
    const assigned = await ok<AssignmentView>(service, 'createAssignment', { kind: 'scenario', scenarioId: first.id, target: { type: 'role', role: 'employee' } }, sessions.manager.token);
    expect(assigned.title).toBe(first.title);
  });

  it('is refused every edit by the host, whatever the screen shows', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, sessions.manager.token);
    const edits: [string, unknown][] = [
      ['createScenario', { title: 'Mine' }],
      ['duplicateScenario', { id: first.id }],
      ['saveScenarioDraft', { id: first.id, scenario: { title: 'Changed' } }],
      ['discardScenarioDraft', { id: first.id }],
      ['publishScenario', { id: first.id }],
      ['archiveScenario', { id: first.id, archived: true }],
      ['importScenarioFiles', { files: [{ name: 'x.yaml', text: 'id: x' }] }],
    ];
    for (const [operation, input] of edits) {
      const result = await service.call(operation, input, sessions.manager.token);
      expect({ operation, result }).toMatchObject({ operation, result: { ok: false, error: { code: 'FORBIDDEN' } } });
    }
    const draftExport = await service.call('exportScenario', { id: first.id, source: 'draft' }, sessions.manager.token);
    expect(draftExport).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const after = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, sessions.manager.token);
    expect(after.find((s) => s.id === first.id)).toMatchObject({ title: first.title, archived: false });
  });
});
