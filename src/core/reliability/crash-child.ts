/**
 * The process the kill test kills: the real AppService on a workspace folder, signed in as the
 * leader, saving a playbook chapter's text (through the playbook operation), recording training
 * attempts and coaching comments (attempts store) and saving transcripts (transcripts store) in a
 * loop. After each write it has seen complete it prints one line — `chapter <n>`,
 * `attempt <id> <status>`, `comment <id>` or `transcript <id>` — so the parent knows
 * exactly what must survive a SIGKILL. Stdout is a pipe, which Node writes synchronously on Linux.
 *
 * Usage: node --import tsx crash-child.ts <dataDir> <contentDir> <personId> <pin> <round>
 */
import type { Attempt } from '../../shared/domain/attempt';
import type { StoredTranscript } from '../../shared/domain/transcript';
import type { SessionInfo } from '../../shared/domain/workspace';
import { createAppService, type AppService } from '../service/app-service';

export const CRASH_CHAPTER_MARK = /crash-safety write (\d+)/;

export function crashAttempt(id: string, personId: string, startedAt: string, status: Attempt['status']): Attempt {
  return {
    id,
    personId,
    scenarioId: 'crash-safety',
    scenarioVersion: 1,
    assignmentId: null,
    mode: 'coach',
    status,
    startedAt,
    endedAt: status === 'in-progress' ? null : startedAt,
    currentStepId: 'end',
    currentPromptShownAt: null,
    steps: [],
    outcome: null,
    score: null,
    reviews: [],
    rescores: [],
  };
}

export function crashTranscript(id: string): StoredTranscript {
  return {
    schemaVersion: 1,
    id,
    title: `Crash-safety chat ${id}`,
    channel: 'whatsapp',
    format: 'whatsapp-android',
    importedAt: '2026-11-20T09:00:00.000Z',
    participants: [
      { id: 'p1', name: 'Customer', side: 'customer', pseudonym: 'Customer' },
      { id: 'p2', name: 'Kedai', side: 'staff', pseudonym: 'Kedai' },
    ],
    messages: [
      { id: 'm1', at: '2024-03-14T10:03:00', sender: 'p1', text: 'Is the blue one in M?', kind: 'text' },
      { id: 'm2', at: '2024-03-14T10:07:00', sender: 'p2', text: 'Yes, M is in stock.', kind: 'text' },
    ],
    redactions: [],
    tags: [],
    trashedAt: null,
  };
}

async function call<T>(service: AppService, name: string, input: unknown, token?: string): Promise<T> {
  const result = await service.call(name, input, token);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function main(): Promise<void> {
  const [dataDir, contentDir, personId, pin, round] = process.argv.slice(2);
  const service = await createAppService({ dataDir, contentDir, log: () => undefined });
  const session = await call<SessionInfo>(service, 'signIn', { personId, pin });
  const playbook = await call<{ draft: { chapters: { id: string; body: string }[] } | null }>(service, 'getPlaybook', {}, session.token);
  const chapter = playbook.draft?.chapters[0];
  if (!chapter) throw new Error('The draft has no chapter to edit.');
  let n = Number(CRASH_CHAPTER_MARK.exec(chapter.body)?.[1] ?? 0);
  const base = chapter.body.replace(/\n*crash-safety write \d+$/, '');
  const write = (line: string) => process.stdout.write(`${line}\n`);
  write('ready');
  // Months vary so new month files get created as well as appended to.
  const months = ['2026-09', '2026-10', '2026-11'];
  for (let i = 0; ; i++) {
    n += 1;
    await call(service, 'savePlaybookChapterBody', { id: chapter.id, body: `${base}\n\ncrash-safety write ${n}` }, session.token);
    write(`chapter ${n}`);
    const id = `r${round}w${i}`;
    const startedAt = `${months[i % months.length]}-0${1 + (i % 9)}T09:00:00.000Z`;
    await service.workspace.attempts.saveAttempt(crashAttempt(id, personId, startedAt, 'in-progress'));
    write(`attempt ${id} in-progress`);
    await service.workspace.attempts.saveAttempt(crashAttempt(id, personId, startedAt, 'finished'));
    write(`attempt ${id} finished`);
    if (i % 4 === 0) {
      await service.workspace.attempts.saveComment({ id: `c${id}`, personId, authorId: personId, at: startedAt, text: `Comment ${id}`, attemptId: id, standardId: null, readAt: null });
      write(`comment c${id}`);
      await service.workspace.transcripts.saveAll([crashTranscript(`t${id}`)]);
      write(`transcript t${id}`);
    }
  }
}

if (process.argv[1] && /crash-child\.ts$/.test(process.argv[1])) {
  main().catch((error) => {
    process.stderr.write(`crash child failed: ${(error as Error).stack}\n`);
    process.exit(3);
  });
}
