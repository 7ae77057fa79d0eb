/** Assignments: create, list with each person's state, remind, close. */
import type { Assignment } from '../../../shared/domain/assignment';
import type { AssignmentView } from '../../../shared/domain/progress';
import { AppError } from '../../../shared/errors';
import { assignmentProgress, assignmentStatuses, assignmentTitle, groupByPerson, personName, resolveTarget, workspaceReportContext, type ReportContext } from '../../progress';
import type { ProgressRecord } from '../../progress';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';
import type { progressOps } from '../../../shared/contract/progress-ops';

export function assignmentView(a: Assignment, byPerson: ReadonlyMap<string, ProgressRecord[]>, ctx: ReportContext): AssignmentView {
  const statuses = assignmentStatuses(a, byPerson, ctx.acknowledgements, ctx.now);
  return {
    ...a,
    title: assignmentTitle(ctx, a),
    createdByName: personName(ctx, a.createdBy),
    progress: assignmentProgress(statuses),
    people: statuses.map((s) => ({ ...s, name: personName(ctx, s.personId), overdue: s.overdue && a.closedAt === null })),
  };
}

async function viewOf(a: Assignment, ctx: HandlerContext): Promise<AssignmentView> {
  const records = (await Promise.all(a.personIds.map((id) => ctx.ws.attempts.summariesFor(id)))).flat();
  return assignmentView(a, groupByPerson(records), workspaceReportContext(ctx.ws.data, ctx.now));
}

function findAssignment(ctx: HandlerContext, id: string): Assignment {
  const found = ctx.ws.data.assignments.find((a) => a.id === id);
  if (!found) throw new AppError('NOT_FOUND', 'That assignment does not exist.');
  return found;
}

export const assignmentHandlers = {
  assignmentOptions(_input, { ws }) {
    const { data } = ws;
    return {
      scenarios: data.scenarios
        .filter((e) => e.archivedAt === null && e.versions.length > 0)
        .map((e) => e.versions[e.versions.length - 1])
        .map((v) => ({ id: v.id, title: v.title, channel: v.channel, passMark: v.passMark }))
        .sort((a, b) => a.title.localeCompare(b.title)),
      playbookVersions: [...data.playbook.versions].reverse().map((v) => ({ number: v.number, summary: v.summary })),
      people: data.people.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name, role: p.role })),
    };
  },

  async listAssignments(input, ctx) {
    const report = workspaceReportContext(ctx.ws.data, ctx.now);
    const byPerson = groupByPerson(await ctx.ws.attempts.allSummaries());
    return ctx.ws.data.assignments
      .filter((a) => input.includeClosed || a.closedAt === null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((a) => assignmentView(a, byPerson, report));
  },

  async createAssignment(input, ctx) {
    const actor = actorOf(ctx);
    const { data } = ctx.ws;
    let scenarioId: string | null = null;
    let playbookVersion: number | null = null;
    if (input.kind === 'scenario') {
      const entry = data.scenarios.find((e) => e.id === input.scenarioId && e.archivedAt === null);
      if (!entry || entry.versions.length === 0)
        throw new AppError('INVALID_INPUT', 'Choose a published scenario to assign.', [{ path: 'scenarioId', message: 'Not a published scenario.' }]);
      scenarioId = entry.id;
    } else {
      const version = data.playbook.versions.find((v) => v.number === input.playbookVersion);
      if (!version) throw new AppError('INVALID_INPUT', 'Choose a published playbook version to assign.', [{ path: 'playbookVersion', message: 'Not a published version.' }]);
      playbookVersion = version.number;
    }
    if (input.dueDate && input.dueDate < ctx.now.toISOString().slice(0, 10))
      throw new AppError('INVALID_INPUT', `The due date ${input.dueDate} is already past. Choose today or a later day.`, [{ path: 'dueDate', message: 'In the past.' }]);
    const personIds = resolveTarget(input.target, data.people);
    if (input.target.type === 'people' && personIds.length < input.target.personIds.length)
      throw new AppError('INVALID_INPUT', 'Some of the chosen people do not exist or are deactivated.', [{ path: 'target.personIds', message: 'Unknown or inactive person.' }]);
    const assignment: Assignment = {
      id: newRecordId(),
      kind: input.kind,
      scenarioId,
      playbookVersion,
      mode: input.mode,
      passMark: input.passMark,
      counts: input.counts,
      target: input.target,
      personIds,
      dueDate: input.dueDate,
      createdAt: ctx.now.toISOString(),
      createdBy: actor.id,
      remindedAt: null,
      closedAt: null,
    };
    await ctx.ws.mutate((d) => {
      d.assignments.push(assignment);
    });
    return viewOf(assignment, ctx);
  },

  async remindAssignment(input, ctx) {
    const assignment = findAssignment(ctx, input.id);
    if (assignment.closedAt) throw new AppError('CONFLICT', 'This assignment is closed; reopen it by assigning it again.');
    await ctx.ws.mutate(() => {
      assignment.remindedAt = ctx.now.toISOString();
    });
    return viewOf(assignment, ctx);
  },

  async closeAssignment(input, ctx) {
    const assignment = findAssignment(ctx, input.id);
    if (!assignment.closedAt)
      await ctx.ws.mutate(() => {
        assignment.closedAt = ctx.now.toISOString();
      });
    return viewOf(assignment, ctx);
  },
} satisfies HandlersOf<typeof progressOps>;
