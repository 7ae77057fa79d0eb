/**
 * The process the kill test kills: the real AppService on a workspace folder, signed in as the
 * leader, saving a playbook chapter's text (through the playbook operation) and recording
 * training attempts (through the attempts store) in a loop. After each write it has seen
 * complete it prints one line — `chapter <n>` or `attempt <id> <status>` — so the parent knows
 * exactly what must survive a SIGKILL. Stdout is a pipe, which Node writes synchronously on Linux.
 *
 * Usage: node --import tsx crash-child.ts <dataDir> <contentDir> <personId> <pin> <round>
 */
import type { Attempt } from '../../shared/domain/attempt';
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
  }
}

if (process.argv[1] && /crash-child\.ts$/.test(process.argv[1])) {
  main().catch((error) => {
    process.stderr.write(`crash child failed: ${(error as Error).stack}\n`);
    process.exit(3);
  });
}
