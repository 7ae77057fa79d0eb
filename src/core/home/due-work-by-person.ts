/**
 * Open assignments that are overdue or due within the next days, grouped by the person who owes
 * them: the people most behind come first, so a manager reads the list top-down and acts. Readings
 * of one playbook version can be left out (the home lists those unread on their own).
 */
import type { Acknowledgement } from '../../shared/domain/playbook';
import type { Assignment } from '../../shared/domain/assignment';
import type { HomeDueItem, HomePersonDue } from '../../shared/domain/manager-home';
import { personAssignmentStatus } from '../progress/assignment-status';
import type { ProgressRecord } from '../progress/progress-record';
import { assignmentTitle, type ReportContext } from '../progress/report-context';

const DAY_MS = 86_400_000;
const isDone = (state: string) => state === 'passed' || state === 'failed' || state === 'acknowledged';

export function dueWorkByPerson(
  assignments: readonly Assignment[],
  byPerson: ReadonlyMap<string, readonly ProgressRecord[]>,
  acknowledgements: readonly Acknowledgement[],
  ctx: ReportContext,
  dueSoonDays: number,
  skipPlaybookVersion: number | null = null,
): HomePersonDue[] {
  const today = ctx.now.toISOString().slice(0, 10);
  const soonLimit = new Date(ctx.now.getTime() + dueSoonDays * DAY_MS).toISOString().slice(0, 10);
  const active = new Map(ctx.people.filter((p) => p.active).map((p) => [p.id, p.name]));
  const owed = new Map<string, HomeDueItem[]>();
  for (const a of assignments) {
    if (a.closedAt !== null || a.dueDate === null) continue;
    if (a.kind === 'playbook' && a.playbookVersion === skipPlaybookVersion) continue;
    for (const personId of a.personIds) {
      if (!active.has(personId)) continue;
      const status = personAssignmentStatus(a, personId, byPerson.get(personId) ?? [], acknowledgements, ctx.now);
      const dueSoon = !isDone(status.state) && a.dueDate >= today && a.dueDate <= soonLimit;
      if (!status.overdue && !dueSoon) continue;
      const items = owed.get(personId) ?? [];
      items.push({ assignmentId: a.id, title: assignmentTitle(ctx, a), kind: a.kind, dueDate: a.dueDate, overdue: status.overdue });
      owed.set(personId, items);
    }
  }
  const overdueCount = (items: HomeDueItem[]) => items.filter((i) => i.overdue).length;
  const earliest = (items: HomeDueItem[]) => items[0]?.dueDate ?? '';
  return [...owed.entries()]
    .map(([personId, items]) => ({
      personId,
      name: active.get(personId) ?? '',
      items: items.sort((x, y) => Number(y.overdue) - Number(x.overdue) || x.dueDate.localeCompare(y.dueDate)),
    }))
    .sort((x, y) => overdueCount(y.items) - overdueCount(x.items) || earliest(x.items).localeCompare(earliest(y.items)) || x.name.localeCompare(y.name));
}
