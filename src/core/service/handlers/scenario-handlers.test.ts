/** The scenario operations through the service: roles, drafts and versions, publishing, import, try a reply. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/contract/operation';
import type { PublishedScenario, SavedDraft, ScenarioDetail, ScenarioImportResult, ScenarioListItem } from '../../../shared/contract/scenario-ops';
import type { FreeTextStep, Scenario } from '../../../shared/domain/scenario';
import type { FreeTextResult } from '../../../shared/domain/scoring';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { ok, openService, tempDir, testClock, workspaceWithEveryRole } from '../test-service';

const fixtures = resolve(import.meta.dirname, '..', '..', 'scenarios', 'fixtures');
const fixture = (name: string) => readFile(join(fixtures, name), 'utf8');

let service: AppService;
let sessions: Record<Role, SessionInfo>;
let folder: Awaited<ReturnType<typeof tempDir>>;

const as = (role: Role) => sessions[role].token;
async function fails(operation: string, input: unknown, role: Role = 'leader') {
  const result = await service.call(operation, input, as(role));
  if (result.ok) throw new Error(`${operation} should have failed`);
  return result.error;
}
const save = (scenario: Scenario) => ok<SavedDraft>(service, 'saveScenarioDraft', { id: scenario.id, scenario }, as('leader'));

/** Makes a blank draft publishable: a rubric element tied to a listed standard and a model answer that hits it. */
function completed(draft: Scenario): Scenario {
  const next = structuredClone(draft);
  const reply = next.steps['reply-1'] as FreeTextStep;
  reply.rubric.elements.push({ id: 'sorry', label: 'Apologise', standardId: 'apologise-own-fix', weight: 1, phrases: [['sorry', 'apologise']], require: 'any' });
  reply.modelAnswer = 'So sorry for the wait, it is still available in size 38.';
  next.standards = ['apologise-own-fix'];
  return next;
}

beforeEach(async () => {
  folder = await tempDir();
  service = await openService(folder.dir, testClock());
  sessions = await workspaceWithEveryRole(service);
});
afterEach(async () => {
  await service.close();
  await folder.remove();
});

describe('who may read and edit scenarios', () => {
  it('lists the seeded starter scenarios, all published and without problems', async () => {
    const list = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    expect(list.length).toBeGreaterThanOrEqual(10);
    expect(list.every((s) => s.status === 'published' && s.latestVersion === 1 && s.problemCount === 0)).toBe(true);
  });

  it('never shows drafts to managers, and refuses employees everything', async () => {
    const created = await ok<ScenarioDetail>(service, 'createScenario', { title: 'Secret draft' }, as('leader'));
    const managerList = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('manager'));
    expect(managerList.map((s) => s.id)).not.toContain(created.item.id);
    expect((await fails('getScenario', { id: created.item.id }, 'manager')).code).toBe('NOT_FOUND');
    const published = await ok<ScenarioDetail>(service, 'getScenario', { id: managerList[0].id }, as('manager'));
    expect(published.draft).toBeNull();
    expect(published.versions).toHaveLength(1);
    for (const op of ['listScenarios', 'getScenario', 'exportScenario']) expect((await fails(op, { id: created.item.id }, 'employee')).code).toBe('FORBIDDEN');
    for (const op of ['saveScenarioDraft', 'publishScenario', 'createScenario', 'tryScenarioReply']) expect((await fails(op, { id: created.item.id }, 'manager')).code).toBe('FORBIDDEN');
    expect((await fails('exportScenario', { id: managerList[0].id, source: 'draft' }, 'manager')).code).toBe('FORBIDDEN');
  });
});

describe('drafts, validation and versions', () => {
  it('blocks publishing while the draft has problems, and publishes version 1 once they are fixed', async () => {
    const created = await ok<ScenarioDetail>(service, 'createScenario', { title: 'Boots sold out' }, as('leader'));
    expect(created.item).toMatchObject({ id: 'boots-sold-out', status: 'draft', latestVersion: null });
    expect(created.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['steps.reply-1.modelAnswer', 'steps.reply-1.rubric.elements']));
    expect(created.problems.find((p) => p.path === 'steps.reply-1.modelAnswer')?.stepId).toBe('reply-1');

    const refused = await fails('publishScenario', { id: 'boots-sold-out' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^Fix \d+ problems before publishing/);
    expect(refused.issues?.map((i) => i.path)).toContain('steps.reply-1.rubric.elements');

    const saved = await save(completed(created.draft!));
    expect(saved.problems).toEqual([]);
    const published = await ok<PublishedScenario>(service, 'publishScenario', { id: 'boots-sold-out' }, as('leader'));
    expect(published.version).toBe(1);
    const detail = await ok<ScenarioDetail>(service, 'getScenario', { id: 'boots-sold-out' }, as('leader'));
    expect(detail).toMatchObject({ draft: null, item: { status: 'published', latestVersion: 1 } });
    expect(detail.versions[0].scenario.status).toBe('published');
  });

  it('graph problems are saved and listed, shape errors are refused with their paths', async () => {
    const created = await ok<ScenarioDetail>(service, 'createScenario', { title: 'Late courier' }, as('leader'));
    const orphan = structuredClone(created.draft!);
    orphan.steps.orphan = { type: 'ending', outcome: 'Never reached.', rating: 'poor' };
    const saved = await save(orphan);
    expect(saved.problems).toContainEqual(expect.objectContaining({ path: 'steps.orphan', stepId: 'orphan', message: expect.stringMatching(/cannot be reached/) }));

    const broken = structuredClone(created.draft!) as unknown as { steps: Record<string, Record<string, unknown>> };
    broken.steps.end.rating = 'excellent';
    const error = await fails('saveScenarioDraft', { id: created.item.id, scenario: broken });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.[0].path).toBe('steps.end.rating');
    expect(error.message).toMatch(/was not saved.*steps\.end\.rating/);
    const again = await ok<ScenarioDetail>(service, 'getScenario', { id: created.item.id }, as('leader'));
    expect(Object.keys(again.draft!.steps)).toContain('orphan');
  });

  it('editing a published scenario makes a new draft; versions stay as published and are numbered in order', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    const original = await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('leader'));
    const v1 = original.versions[0].scenario;
    const saved = await save({ ...structuredClone(v1), title: 'Renamed in v2' });
    expect(saved.version).toBe(2);
    const both = await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('leader'));
    expect(both.item.status).toBe('both');
    expect(both.versions[0].scenario.title).toBe(v1.title);
    // Managers still see the published version only.
    expect((await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('manager'))).item.title).toBe(v1.title);

    expect((await ok<PublishedScenario>(service, 'publishScenario', { id: first.id }, as('leader'))).version).toBe(2);
    await save({ ...structuredClone(v1), title: 'Third go' });
    expect((await ok<PublishedScenario>(service, 'publishScenario', { id: first.id }, as('leader'))).version).toBe(3);
    const after = await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('leader'));
    expect(after.versions.map((v) => [v.version, v.scenario.title])).toEqual([
      [1, v1.title],
      [2, 'Renamed in v2'],
      [3, 'Third go'],
    ]);
    expect((await fails('publishScenario', { id: first.id })).message).toMatch(/no unpublished changes/);
  });

  it('refuses to change a scenario id, and discards draft changes back to the published version', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    const v1 = (await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('leader'))).versions[0].scenario;
    expect((await fails('saveScenarioDraft', { id: first.id, scenario: { ...v1, id: 'another-id' } })).code).toBe('CONFLICT');
    await save({ ...v1, title: 'Changed' });
    const discarded = await ok<ScenarioDetail>(service, 'discardScenarioDraft', { id: first.id }, as('leader'));
    expect(discarded).toMatchObject({ draft: null, item: { status: 'published', title: v1.title } });
  });

  it('duplicates as a new draft, archives and brings back', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    const copy = await ok<ScenarioDetail>(service, 'duplicateScenario', { id: first.id }, as('leader'));
    expect(copy.item).toMatchObject({ id: `${first.id}-copy`, status: 'draft', title: `${first.title} (copy)` });
    expect(copy.draft?.version).toBe(1);
    expect((await ok<ScenarioListItem>(service, 'archiveScenario', { id: first.id, archived: true }, as('leader'))).archived).toBe(true);
    expect((await ok<ScenarioListItem>(service, 'archiveScenario', { id: first.id, archived: false }, as('leader'))).archived).toBe(false);
  });
});

describe('turning a transcript into a scenario', () => {
  it('builds a draft from transcript content: customer steps, and staff replies kept as what was actually said', async () => {
    const transcript = JSON.parse(await fixture('transcript-serum.json'));
    const detail = await ok<ScenarioDetail>(service, 'createScenarioFromTranscript', { transcript: { ...transcript, title: 'Serum rash' } }, as('leader'));
    expect(detail.item).toMatchObject({ id: 'serum-rash', title: 'Serum rash', status: 'draft' });
    const reply = detail.draft!.steps['reply-1'] as FreeTextStep;
    expect(reply.actualReply).toMatchObject({ verdict: 'unmarked', text: expect.stringContaining('really sorry') });
    expect(detail.draft!.steps['customer-1'].type).toBe('customer');
  });

  it('reads a stored transcript from the transcripts store by id, and says so when there is none', async () => {
    expect((await fails('createScenarioFromTranscript', { transcriptId: 'nope' })).code).toBe('NOT_FOUND');
    const transcript = JSON.parse(await fixture('transcript-serum.json'));
    const stored = { schemaVersion: 1, id: 't1', title: 'Serum chat', channel: 'messenger', format: 'messenger', importedAt: '2026-11-23T09:00:00.000Z', redactions: [], tags: [], trashedAt: null, ...transcript };
    await service.workspace.transcripts.saveAll([stored]);
    const detail = await ok<ScenarioDetail>(service, 'createScenarioFromTranscript', { transcriptId: 't1' }, as('leader'));
    expect(detail.draft).toMatchObject({ title: 'Serum chat', channel: 'facebook-messenger', sourceTranscriptId: 't1' });
  });
});

describe('try a reply', () => {
  it('scores a reply against the rubric as written, with the matched words located in the reply', async () => {
    const created = await ok<ScenarioDetail>(service, 'createScenario', { title: 'Try' }, as('leader'));
    const step = (completed(created.draft!).steps['reply-1'] as FreeTextStep);
    const reply = 'Oh no, so sorry about that!';
    const hit = await ok<FreeTextResult>(service, 'tryScenarioReply', { stepId: 'reply-1', step, reply, language: 'en' }, as('leader'));
    const element = hit.elements.find((e) => e.elementId === 'sorry')!;
    expect(element.status).toBe('hit');
    expect(reply.slice(element.matches[0].start, element.matches[0].end)).toBe('sorry');
    const miss = await ok<FreeTextResult>(service, 'tryScenarioReply', { stepId: 'reply-1', step, reply: 'Not my problem.', language: 'en' }, as('leader'));
    expect(miss.elements[0].status).toBe('missed');
    expect(miss.passed).toBe(false);
  });
});

describe('scenario files', () => {
  it('imports what parses as drafts, refuses what does not, with every problem by file and line', async () => {
    const files = [
      { name: 'valid-scenario.yaml', text: await fixture('valid-scenario.yaml') },
      { name: 'broken-schema.yaml', text: await fixture('broken-schema.yaml') },
      { name: 'broken-graph.json', text: await fixture('broken-graph.json') },
    ];
    const preview = await ok<ScenarioImportResult>(service, 'importScenarioFiles', { files, dryRun: true }, as('leader'));
    expect(preview.imported).toBe(0);
    const byFile = Object.fromEntries(preview.files.map((f) => [f.file, f]));
    expect(byFile['valid-scenario.yaml']).toMatchObject({ outcome: 'new', problems: [] });
    expect(byFile['broken-schema.yaml'].outcome).toBe('refused');
    expect(byFile['broken-schema.yaml'].problems).toContainEqual(expect.objectContaining({ field: 'channel', line: 4 }));
    expect(byFile['broken-graph.json'].outcome).toBe('new');
    expect(byFile['broken-graph.json'].problems).toContainEqual(expect.objectContaining({ field: 'standards[1]', line: 9 }));
    expect((await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'))).map((s) => s.id)).not.toContain('valid-scenario');

    const done = await ok<ScenarioImportResult>(service, 'importScenarioFiles', { files }, as('leader'));
    expect(done.imported).toBe(2);
    const list = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    expect(list.find((s) => s.id === 'valid-scenario')).toMatchObject({ status: 'draft', problemCount: 0 });
    expect(list.find((s) => s.id === 'broken-graph')?.problemCount).toBeGreaterThan(0);
  });

  it('exports a scenario as a YAML file that imports back as draft changes of the same scenario', async () => {
    const [first] = await ok<ScenarioListItem[]>(service, 'listScenarios', {}, as('leader'));
    const file = await ok<{ fileName: string; text: string }>(service, 'exportScenario', { id: first.id }, as('manager'));
    expect(file.fileName).toBe(`${first.id}.yaml`);
    const back = await ok<ScenarioImportResult>(service, 'importScenarioFiles', { files: [{ name: file.fileName, text: file.text }] }, as('leader'));
    expect(back.files[0]).toMatchObject({ outcome: 'update', problems: [] });
    const detail = await ok<ScenarioDetail>(service, 'getScenario', { id: first.id }, as('leader'));
    expect(detail.item.status).toBe('both');
    expect(detail.draft?.version).toBe(2);
  });
});
