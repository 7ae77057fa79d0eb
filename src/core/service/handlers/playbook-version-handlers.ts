/** Publishing, diffs and acknowledgements: the versioned side of the playbook. */
import type { PlaybookContent } from '../../../shared/domain/playbook';
import { AppError } from '../../../shared/errors';
import { ackDueDates } from '../../playbook/ack-due-dates';
import { acknowledgeVersion, acknowledgementStatus } from '../../playbook/acknowledgements';
import { diffVersions } from '../../playbook/diff-versions';
import { findVersion, publishDraft } from '../../playbook/publish';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { nameOf, versionSummaries } from './playbook-read-handlers';
import type { playbookOps } from '../../../shared/contract/playbook-ops';

function contentOf(ctx: HandlerContext, which: number | 'draft'): { content: PlaybookContent; label: string } {
  const section = ctx.ws.data.playbook;
  if (which === 'draft') {
    if (actorOf(ctx).role !== 'leader') throw new AppError('FORBIDDEN', 'Only leaders can see the unpublished draft of the playbook.');
    return { content: section.draft, label: 'Draft' };
  }
  return { content: findVersion(section, which), label: `Version ${which}` };
}

export const playbookVersionHandlers = {
  async publishPlaybook(input, ctx) {
    const actor = actorOf(ctx);
    const at = ctx.now.toISOString();
    const number = await ctx.ws.mutate((data) => {
      data.playbook = publishDraft(data.playbook, { summary: input.summary, ...(input.dueDate ? { dueDate: input.dueDate } : {}), by: actor.id, at });
      return data.playbook.versions[data.playbook.versions.length - 1].number;
    });
    return versionSummaries(ctx.ws.data, ctx.ws.data.playbook).find((v) => v.number === number)!;
  },

  diffPlaybookVersions(input, ctx) {
    const from = contentOf(ctx, input.from);
    const to = contentOf(ctx, input.to);
    return { from: from.label, to: to.label, ...diffVersions(from.content, to.content) };
  },

  async acknowledgePlaybook(input, ctx) {
    const actor = actorOf(ctx);
    const at = ctx.now.toISOString();
    return ctx.ws.mutate((data) => {
      data.playbook = acknowledgeVersion(data.playbook, { personId: actor.id, version: input.version, at });
      const ack = data.playbook.acknowledgements.find((a) => a.personId === actor.id && a.version === input.version)!;
      return { version: ack.version, at: ack.at };
    });
  },

  playbookAckStatus(_input, ctx) {
    const data = ctx.ws.data;
    const section = data.playbook;
    const people = new Map(data.people.map((p) => [p.id, p]));
    return acknowledgementStatus(section, data.people, ctx.now.toISOString(), ackDueDates(section.ackRequests, data.assignments)).map((status) => ({
      version: status.version,
      summary: section.versions.find((v) => v.number === status.version)?.summary ?? '',
      requestedAt: status.requestedAt,
      ...(status.dueDate ? { dueDate: status.dueDate } : {}),
      superseded: status.superseded,
      overdue: status.overdue,
      people: [
        ...status.pending.map((p) => ({ personId: p.personId, name: nameOf(data, p.personId), role: people.get(p.personId)!.role, acknowledgedAt: null, ...(p.dueDate ? { dueDate: p.dueDate } : {}), overdue: p.overdue })),
        ...status.acknowledged.map((a) => ({ personId: a.personId, name: nameOf(data, a.personId), role: people.get(a.personId)!.role, acknowledgedAt: a.at, overdue: false })),
      ],
    }));
  },
} satisfies HandlersOf<typeof playbookOps>;
