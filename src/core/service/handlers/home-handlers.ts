/**
 * The leader's and manager's home, read from the stores that already exist (workspace, attempt
 * summaries, comments); nothing is written. The review list is the review queue's own answer, so
 * the home and the queue never disagree on what waits.
 */
import type { homeOps } from '../../../shared/contract/home-ops';
import { latestPublished } from '../../../shared/domain/scenario-library';
import { buildManagerHome } from '../../home/manager-home';
import { ackDueDates } from '../../playbook/ack-due-dates';
import { acknowledgementStatus } from '../../playbook/acknowledgements';
import { workspaceReportContext } from '../../progress';
import type { HandlersOf } from '../handler-types';
import { reviewHandlers } from './progress-review-handlers';

export const homeHandlers = {
  async managerHome(_input, ctx) {
    const { data } = ctx.ws;
    const report = workspaceReportContext(data, ctx.now);
    const [records, reviewQueue] = await Promise.all([ctx.ws.attempts.allSummaries(), reviewHandlers.reviewQueue({ filter: 'all' }, ctx)]);
    const section = data.playbook;
    const currentAck = acknowledgementStatus(section, data.people, ctx.now.toISOString(), ackDueDates(section.ackRequests, data.assignments)).find((s) => !s.superseded) ?? null;
    const people = data.people.filter((p) => p.active && p.role !== 'leader');
    const comments = (await Promise.all(people.map((p) => ctx.ws.attempts.listComments(p.id)))).flat();
    const publishedScenarios = data.scenarios.flatMap((entry) => {
      const latest = entry.archivedAt === null ? latestPublished(entry) : null;
      return latest ? [{ id: entry.id, standards: latest.standards }] : [];
    });
    return buildManagerHome({ ctx: report, records, reviewQueue, currentAck, comments, publishedScenarios, playbookPublished: section.versions.length > 0 });
  },
} satisfies HandlersOf<typeof homeOps>;
