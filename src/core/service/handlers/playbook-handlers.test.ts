/** The playbook operations through the service: roles, versions, acknowledgements, images, import. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/contract/operation';
import type { ImportPreview, PlaybookView, VersionAckView } from '../../../shared/contract/playbook-ops';
import type { PlaybookDraft, PublishedVersion } from '../../../shared/domain/playbook';
import type { SessionInfo } from '../../../shared/domain/workspace';
import type { AppService } from '../app-service';
import { closeWorkspace, ok, openEveryRoleWorkspace, type EveryRoleWorkspace, type TestClock } from '../test-service';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let service: AppService;
let sessions: Record<Role, SessionInfo>;
let folder: EveryRoleWorkspace['folder'];
let clock: TestClock;

const as = (role: Role) => sessions[role].token;
async function fails(operation: string, input: unknown, role: Role) {
  const result = await service.call(operation, input, as(role));
  if (result.ok) throw new Error(`${operation} should have failed`);
  return result.error;
}
async function publish(summary: string, dueDate?: string) {
  return ok(service, 'publishPlaybook', { summary, ...(dueDate ? { dueDate } : {}) }, as('leader'));
}

beforeEach(async () => ({ folder, clock, service, sessions } = await openEveryRoleWorkspace()));
afterEach(() => closeWorkspace({ folder, service }));

describe('reading the playbook', () => {
  it('shows the seeded draft to leaders only and an honest nothing-yet to everyone else', async () => {
    const leader = await ok<PlaybookView>(service, 'getPlaybook', {}, as('leader'));
    expect(leader.latest).toBeNull();
    expect(leader.draft?.chapters.length).toBeGreaterThanOrEqual(5);
    for (const role of ['manager', 'employee'] as const) {
      const view = await ok<PlaybookView>(service, 'getPlaybook', {}, as(role));
      expect(view).toMatchObject({ latest: null, draft: null, versions: [] });
      expect((await fails('getStandard', { id: 'keep-feed-honest' }, role)).message).toMatch(/hasn't published/);
      expect(await ok(service, 'searchPlaybook', { query: 'sold out' }, as(role))).toEqual([]);
    }
  });

  it('never shows an employee the draft: not in the view, not by search, not by standard, not by diff', async () => {
    await publish('First version');
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'SECRET-DRAFT-WORDING' }, as('leader'));
    const view = await ok<PlaybookView>(service, 'getPlaybook', {}, as('employee'));
    expect(JSON.stringify(view)).not.toContain('SECRET-DRAFT-WORDING');
    expect(view.draft).toBeNull();
    expect(await ok(service, 'searchPlaybook', { query: 'SECRET' }, as('employee'))).toEqual([]);
    expect((await fails('searchPlaybook', { query: 'SECRET', draft: true }, 'employee')).code).toBe('FORBIDDEN');
    expect((await fails('getStandard', { id: 'keep-feed-honest', draft: true }, 'manager')).code).toBe('FORBIDDEN');
    expect((await fails('diffPlaybookVersions', { from: 1, to: 'draft' }, 'manager')).code).toBe('FORBIDDEN');
    expect((await fails('diffPlaybookVersions', { from: 1, to: 1 }, 'employee')).code).toBe('FORBIDDEN');
    const leaderHits = await ok<{ id: string }[]>(service, 'searchPlaybook', { query: 'SECRET', draft: true }, as('leader'));
    expect(leaderHits.map((h) => h.id)).toEqual(['how-we-answer-chats']);
  });

  it('gives employees only the latest version and managers every version', async () => {
    await publish('First version');
    await ok(service, 'renamePlaybookChapter', { id: 'how-we-answer-chats', title: 'How we reply' }, as('leader'));
    await publish('Renamed the chat chapter');
    const employee = await ok<PlaybookView>(service, 'getPlaybook', {}, as('employee'));
    expect(employee.versions.map((v) => v.number)).toEqual([2]);
    expect(employee.latest?.chapters.find((c) => c.id === 'how-we-answer-chats')?.title).toBe('How we reply');
    const manager = await ok<PlaybookView>(service, 'getPlaybook', {}, as('manager'));
    expect(manager.versions.map((v) => [v.number, v.summary, v.publishedByName])).toEqual([
      [2, 'Renamed the chat chapter', 'Siti'],
      [1, 'First version', 'Siti'],
    ]);
    expect((await fails('getPlaybookVersion', { number: 1 }, 'employee')).code).toBe('FORBIDDEN');
  });

  it('finds a standard passage with the chapters that embed it, and search snippets with highlights', async () => {
    await publish('First version');
    const passage = await ok<{ standard: { title: string }; version: number; chapters: { id: string }[] }>(service, 'getStandard', { id: 'keep-feed-honest' }, as('employee'));
    expect(passage.version).toBe(1);
    expect(passage.standard.title).toMatch(/Keep the feed honest/);
    expect(passage.chapters.map((c) => c.id)).toContain('how-we-answer-chats');
    const hits = await ok<{ id: string; snippet: { text: string; matches: { start: number; end: number }[] } }[]>(service, 'searchPlaybook', { query: 'sold out' }, as('employee'));
    expect(hits[0].id).toBe('keep-feed-honest');
    const { text, matches } = hits[0].snippet;
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(text.slice(m.start, m.end).toLowerCase()).toMatch(/^(sold|out)$/);
  });
});

describe('versions', () => {
  it('keeps a published version unchanged when the draft changes afterwards', async () => {
    await publish('First version');
    const before = await ok<PublishedVersion>(service, 'getPlaybookVersion', { number: 1 }, as('manager'));
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'Rewritten.' }, as('leader'));
    await ok(service, 'updatePlaybookStandard', { id: 'keep-feed-honest', patch: { title: 'Honest feed' } }, as('leader'));
    await ok(service, 'deletePlaybookChapter', { id: 'service-versus-experience' }, as('leader'));
    expect(await ok(service, 'getPlaybookVersion', { number: 1 }, as('manager'))).toEqual(before);
    const diff = await ok<{ chapters: { id: string; status: string }[]; standards: { id: string; status: string }[] }>(service, 'diffPlaybookVersions', { from: 1, to: 'draft' }, as('leader'));
    expect(diff.chapters.find((c) => c.id === 'how-we-answer-chats')?.status).toBe('changed');
    expect(diff.chapters.find((c) => c.id === 'service-versus-experience')?.status).toBe('removed');
    expect(diff.standards.find((s) => s.id === 'keep-feed-honest')?.status).toBe('changed');
  });

  it('refuses to publish an unchanged draft, an empty summary or a due date in the past', async () => {
    expect((await fails('publishPlaybook', { summary: '  ' }, 'leader')).code).toBe('INVALID_INPUT');
    expect((await fails('publishPlaybook', { summary: 'x', dueDate: '2026-01-01' }, 'leader')).message).toMatch(/already past/);
    await publish('First version');
    expect((await fails('publishPlaybook', { summary: 'Again' }, 'leader')).message).toMatch(/same as version 1/);
    expect((await fails('publishPlaybook', { summary: 'x' }, 'manager')).code).toBe('FORBIDDEN');
  });

  it('saves an unchanged chapter body without writing again, so autosave stays cheap', async () => {
    const first = await ok<{ changed: boolean; updatedAt: string }>(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'New text' }, as('leader'));
    clock.advance(5000);
    const again = await ok<{ changed: boolean; updatedAt: string }>(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'New text' }, as('leader'));
    expect(first.changed).toBe(true);
    expect(again).toEqual({ changed: false, updatedAt: first.updatedAt });
  });
});

describe('acknowledgements', () => {
  it('asks the employee and manager, records who acknowledged, and shows who is pending and overdue', async () => {
    await publish('First version', '2026-11-30');
    const tasks = await ok<{ version: number; overdue: boolean }[]>(service, 'myPlaybookTasks', {}, as('employee'));
    expect(tasks).toMatchObject([{ version: 1, dueDate: '2026-11-30', overdue: false, summary: 'First version' }]);
    expect(await ok(service, 'myPlaybookTasks', {}, as('leader'))).toEqual([]);
    await ok(service, 'acknowledgePlaybook', { version: 1 }, as('employee'));
    expect(await ok(service, 'myPlaybookTasks', {}, as('employee'))).toEqual([]);
    clock.advance(8 * 24 * 3600_000);
    sessions.manager = await ok<SessionInfo>(service, 'signIn', { personId: sessions.manager.person.id, pin: '5678' });
    sessions.employee = await ok<SessionInfo>(service, 'signIn', { personId: sessions.employee.person.id, pin: '5678' });
    const [status] = await ok<VersionAckView[]>(service, 'playbookAckStatus', {}, as('manager'));
    const rows = Object.fromEntries(status.people.map((p) => [p.name, p]));
    expect(status).toMatchObject({ version: 1, dueDate: '2026-11-30', overdue: true });
    expect(rows.Budi.acknowledgedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(rows.Maria).toMatchObject({ acknowledgedAt: null, overdue: true });
    expect(rows.Siti).toBeUndefined();
    expect((await ok<PlaybookView>(service, 'getPlaybook', {}, as('manager'))).pending).toMatchObject({ version: 1, overdue: true });
    expect((await fails('playbookAckStatus', {}, 'employee')).code).toBe('FORBIDDEN');
  });

  it('refuses acknowledging a replaced version and lets leaders publish rather than acknowledge', async () => {
    await publish('First version');
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'v2' }, as('leader'));
    await publish('Second');
    expect((await fails('acknowledgePlaybook', { version: 1 }, 'employee')).message).toMatch(/replaced by version 2/);
    expect((await fails('acknowledgePlaybook', { version: 2 }, 'leader')).code).toBe('FORBIDDEN');
    const again = await ok<{ at: string }>(service, 'acknowledgePlaybook', { version: 2 }, as('manager'));
    clock.advance(60_000);
    expect(await ok(service, 'acknowledgePlaybook', { version: 2 }, as('manager'))).toEqual(again);
  });
});

describe('standards and chapters', () => {
  it('creates a standard with an id from its title and keeps the id when the title changes', async () => {
    const created = await ok<{ id: string }>(service, 'createPlaybookStandard', {
      title: 'Confirm the order back',
      statement: 'Repeat item, size, price and address before asking for payment.',
      whyItMatters: '',
      lookFors: ['Repeats the size'],
      donts: [],
      examples: { good: [], poor: [] },
      channels: ['whatsapp'],
    }, as('leader'));
    expect(created.id).toBe('confirm-the-order-back');
    const updated = await ok<{ id: string; title: string }>(service, 'updatePlaybookStandard', { id: created.id, patch: { title: 'Read the order back' } }, as('leader'));
    expect(updated).toMatchObject({ id: 'confirm-the-order-back', title: 'Read the order back' });
  });

  it('refuses deleting a standard a scenario scores against, naming the scenario', async () => {
    const error = await fails('deletePlaybookStandard', { id: 'keep-feed-honest' }, 'leader');
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/scored by .*"/);
    const draft = await ok<PlaybookDraft>(service, 'getPlaybook', {}, as('leader'));
    expect(JSON.stringify(draft)).toContain('keep-feed-honest');
  });

  it('refuses deleting a standard a chapter links to, and deletes an unused one', async () => {
    const created = await ok<{ id: string }>(service, 'createPlaybookStandard', { title: 'Unused', statement: 'x', whyItMatters: '', lookFors: [], donts: [], examples: { good: [], poor: [] }, channels: [] }, as('leader'));
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: '[[standard:unused]]' }, as('leader'));
    expect((await fails('deletePlaybookStandard', { id: created.id }, 'leader')).message).toMatch(/still linked from "How we answer chats"/);
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: 'No links.' }, as('leader'));
    const draft = await ok<PlaybookDraft>(service, 'deletePlaybookStandard', { id: created.id }, as('leader'));
    expect(draft.standards.some((s) => s.id === 'unused')).toBe(false);
  });

  it('adds, reorders and deletes chapters, keeping the order 1..n', async () => {
    const chapter = await ok<{ id: string }>(service, 'addPlaybookChapter', { title: 'Live sales', index: 0 }, as('leader'));
    const view = await ok<PlaybookView>(service, 'getPlaybook', {}, as('leader'));
    const ids = [...view.draft!.chapters].sort((a, b) => a.order - b.order).map((c) => c.id);
    expect(ids[0]).toBe(chapter.id);
    const reordered = await ok<PlaybookDraft>(service, 'reorderPlaybookChapters', { ids: [...ids.slice(1), ids[0]] }, as('leader'));
    expect(reordered.chapters.find((c) => c.id === chapter.id)?.order).toBe(ids.length);
    expect((await fails('reorderPlaybookChapters', { ids: ids.slice(1) }, 'leader')).code).toBe('INVALID_INPUT');
    const after = await ok<PlaybookDraft>(service, 'deletePlaybookChapter', { id: chapter.id }, as('leader'));
    expect(after.chapters.map((c) => c.order)).toEqual(ids.slice(1).map((_, i) => i + 1));
  });
});

describe('images', () => {
  it('stores a PNG under assets/ and returns it only to people who can see a chapter showing it', async () => {
    const image = await ok<{ id: string; markdown: string }>(service, 'uploadPlaybookImage', { fileName: 'sold-out.png', dataBase64: PNG_1PX }, as('leader'));
    expect(image.markdown).toBe(`![sold-out](asset:${image.id})`);
    expect(await readdir(join(folder.dir, 'assets'))).toEqual([`${image.id}.png`]);
    expect(await ok(service, 'getPlaybookImages', { ids: [image.id] }, as('employee'))).toEqual([]);
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: `See:\n\n${image.markdown}` }, as('leader'));
    await publish('With a picture');
    const [fetched] = await ok<{ dataUrl: string }[]>(service, 'getPlaybookImages', { ids: [image.id] }, as('employee'));
    expect(fetched.dataUrl).toBe(`data:image/png;base64,${PNG_1PX}`);
  });

  it('refuses SVG, files that are not images, and images over 5 MB', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');
    const svgError = await fails('uploadPlaybookImage', { fileName: 'logo.svg', dataBase64: svg }, 'leader');
    expect([svgError.code, svgError.message]).toEqual(['BAD_FILE', expect.stringMatching(/SVG .* PNG or JPEG/)]);
    const text = await fails('uploadPlaybookImage', { fileName: 'notes.png', dataBase64: Buffer.from('hello').toString('base64') }, 'leader');
    expect(text.message).toMatch(/not a PNG, JPEG, GIF or WebP/);
    const big = Buffer.alloc(5 * 1024 * 1024 + 10);
    Buffer.from(PNG_1PX, 'base64').copy(big);
    const tooBig = await fails('uploadPlaybookImage', { fileName: 'huge.png', dataBase64: big.toString('base64') }, 'leader');
    expect([tooBig.code, tooBig.message]).toEqual(['TOO_LARGE', expect.stringMatching(/5\.0 MB; images can be at most 5 MB/)]);
    expect(await readdir(join(folder.dir, 'assets')).catch(() => [])).toEqual([]);
    expect((await fails('uploadPlaybookImage', { fileName: 'a.png', dataBase64: PNG_1PX }, 'manager')).code).toBe('FORBIDDEN');
  });
});

describe('import and export', () => {
  it('exports the draft and imports it back unchanged', async () => {
    const before = (await ok<PlaybookView>(service, 'getPlaybook', {}, as('leader'))).draft!;
    const exported = await ok<{ files: { path: string; text: string }[] }>(service, 'exportPlaybook', { source: 'draft' }, as('leader'));
    const files = exported.files.map((f) => ({ path: `playbook/${f.path}`, text: f.text }));
    const preview = await ok<ImportPreview>(service, 'previewPlaybookImport', { files }, as('leader'));
    expect(preview.problems).toEqual([]);
    const after = await ok<PlaybookDraft>(service, 'importPlaybook', { files }, as('leader'));
    expect({ chapters: after.chapters, standards: after.standards }).toEqual({ chapters: before.chapters, standards: before.standards });
  });

  it('exports the images the chapters show and imports them into a workspace that lacks them', async () => {
    const image = await ok<{ id: string; markdown: string }>(service, 'uploadPlaybookImage', { fileName: 'shelf.png', dataBase64: PNG_1PX }, as('leader'));
    await ok(service, 'savePlaybookChapterBody', { id: 'how-we-answer-chats', body: `Our shelf:\n\n${image.markdown}` }, as('leader'));
    const exported = await ok<{ files: { path: string; text: string }[]; images: { path: string; dataBase64: string }[] }>(service, 'exportPlaybook', { source: 'draft' }, as('leader'));
    expect(exported.images).toEqual([{ path: `assets/${image.id}.png`, dataBase64: PNG_1PX }]);

    // The same folder as another workspace's export: a different id, so this workspace does not have it yet.
    const files = exported.files.map((f) => ({ path: `playbook/${f.path}`, text: f.text.replaceAll(image.id, 'from-elsewhere') }));
    const images = [{ path: 'playbook/assets/from-elsewhere.png', dataBase64: PNG_1PX }];
    const preview = await ok<ImportPreview>(service, 'previewPlaybookImport', { files, images }, as('leader'));
    expect([preview.problems, preview.validImages, preview.warnings]).toEqual([[], ['playbook/assets/from-elsewhere.png'], []]);
    await ok(service, 'importPlaybook', { files, images }, as('leader'));
    expect((await readdir(join(folder.dir, 'assets'))).sort()).toEqual([`${image.id}.png`, 'from-elsewhere.png'].sort());
    const [shown] = await ok<{ dataUrl: string }[]>(service, 'getPlaybookImages', { ids: ['from-elsewhere'] }, as('leader'));
    expect(shown.dataUrl).toBe(`data:image/png;base64,${PNG_1PX}`);
  });

  it('names an image that is not one, two images with one name, and an image the text shows that is nowhere', async () => {
    const exported = await ok<{ files: { path: string; text: string }[] }>(service, 'exportPlaybook', { source: 'draft' }, as('leader'));
    const files = exported.files.map((f) => (f.path.startsWith('chapters/01') ? { ...f, text: `${f.text}\n![Gone](asset:never-stored)\n` } : f));
    const images = [
      { path: 'assets/notes.png', dataBase64: Buffer.from('hello').toString('base64') },
      { path: 'assets/shelf.png', dataBase64: PNG_1PX },
      { path: 'old/assets/shelf.jpg', dataBase64: PNG_1PX },
    ];
    const preview = await ok<ImportPreview>(service, 'previewPlaybookImport', { files, images }, as('leader'));
    expect(preview.problems).toEqual([
      { file: 'assets/notes.png', message: expect.stringMatching(/not a PNG, JPEG, GIF or WebP/) },
      { file: 'old/assets/shelf.jpg', message: expect.stringMatching(/^assets\/shelf\.png has the same name/) },
    ]);
    expect(preview.validImages).toEqual(['assets/shelf.png']);
    expect(preview.warnings).toEqual([expect.stringMatching(/^chapters\/01.*asset:never-stored.*Missing image/)]);
  });

  it('lists problems per file and imports only after the leader confirms skipping them', async () => {
    const exported = await ok<{ files: { path: string; text: string }[] }>(service, 'exportPlaybook', { source: 'draft' }, as('leader'));
    const files = exported.files.map((f) => (f.path.startsWith('chapters/01') ? { ...f, text: f.text.replace(/^---\n/, '') } : f));
    const broken = files.find((f) => f.path.startsWith('chapters/01'))!.path;
    const preview = await ok<ImportPreview>(service, 'previewPlaybookImport', { files }, as('leader'));
    expect(preview.problems.map((p) => p.file)).toEqual([broken]);
    expect(preview.validFiles).not.toContain(broken);
    expect(preview.chapters.length).toBe(files.filter((f) => f.path.startsWith('chapters/')).length - 1);
    expect((await fails('importPlaybook', { files }, 'leader')).message).toMatch(/1 problem found/);
    const draft = await ok<PlaybookDraft>(service, 'importPlaybook', { files, confirmSkippingProblems: true }, as('leader'));
    expect(draft.chapters.length).toBe(preview.chapters.length);
  });

  it('exports only published versions to managers and refuses before the first publish', async () => {
    expect((await fails('exportPlaybook', { source: 'latest' }, 'manager')).message).toMatch(/Nothing has been published/);
    expect((await fails('exportPlaybook', { source: 'draft' }, 'manager')).code).toBe('FORBIDDEN');
    await publish('First version');
    const exported = await ok<{ fileName: string; files: { path: string; text: string }[] }>(service, 'exportPlaybook', { source: 'latest' }, as('manager'));
    expect(exported.fileName).toBe('playbook.zip');
    expect(exported.files.find((f) => f.path === 'playbook.yaml')?.text).toMatch(/summary: First version/);
  });
});

describe('standard targets', () => {
  it('removes a target when the leader unticks it', async () => {
    const updated = await ok<{ target?: unknown }>(service, 'updatePlaybookStandard', { id: 'first-reply-on-time', patch: {}, removeTarget: true }, as('leader'));
    expect(updated.target).toBeUndefined();
  });
});
