/** Reading the playbook: the view per role, one version, images, search and a standard's passage. */
import type { PlaybookContent, PlaybookSection } from '../../../shared/domain/playbook';
import type { PlaybookView, VersionSummary } from '../../../shared/contract/playbook-ops';
import { AppError } from '../../../shared/errors';
import { readAssetDataUrl } from '../../store/playbook-assets';
import { ackDueDates } from '../../playbook/ack-due-dates';
import { pendingAcknowledgementsFor } from '../../playbook/acknowledgements';
import { findVersion, latestPublished } from '../../playbook/publish';
import { buildPlaybookSearch, type PlaybookSearch } from '../../playbook/playbook-search';
import { findStandardRefs } from '../../playbook/standard-refs';
import { nothingPublished, readableContent, visibleAssetIds } from '../../playbook/playbook-visibility';
import type { WorkspaceData } from '../../store/workspace-schema';
import { actorOf, type HandlersOf } from '../handler-types';
import type { playbookOps } from '../../../shared/contract/playbook-ops';

/** Search indexes per content object: a draft edit or a publish makes a new object, so entries never go stale. */
const searchIndexes = new WeakMap<PlaybookContent, PlaybookSearch>();
function searchFor(content: PlaybookContent): PlaybookSearch {
  let index = searchIndexes.get(content);
  if (!index) searchIndexes.set(content, (index = buildPlaybookSearch(content)));
  return index;
}

export function nameOf(data: WorkspaceData, personId: string): string {
  return data.people.find((p) => p.id === personId)?.name ?? 'someone who has left';
}

export function versionSummaries(data: WorkspaceData, section: PlaybookSection): VersionSummary[] {
  return [...section.versions]
    .sort((a, b) => b.number - a.number)
    .map((v) => {
      const dueDate = section.ackRequests.find((r) => r.version === v.number)?.dueDate;
      return { number: v.number, summary: v.summary, publishedAt: v.publishedAt, publishedByName: nameOf(data, v.publishedBy), ...(dueDate ? { dueDate } : {}) };
    });
}

export const playbookReadHandlers = {
  getPlaybook(_input, ctx): PlaybookView {
    const actor = actorOf(ctx);
    const data = ctx.ws.data;
    const section = data.playbook;
    const latest = latestPublished(section) ?? null;
    const all = versionSummaries(data, section);
    const mine = section.acknowledgements.filter((a) => a.personId === actor.id).sort((a, b) => b.version - a.version)[0];
    return {
      latest,
      draft: actor.role === 'leader' ? section.draft : null,
      versions: actor.role === 'employee' ? all.slice(0, 1) : all,
      pending: pendingAcknowledgementsFor(section, actor, ctx.now.toISOString(), ackDueDates(section.ackRequests, data.assignments))[0] ?? null,
      acknowledged: mine ? { version: mine.version, at: mine.at } : null,
    };
  },

  getPlaybookVersion(input, ctx) {
    return findVersion(ctx.ws.data.playbook, input.number);
  },

  async getPlaybookImages(input, ctx) {
    const actor = actorOf(ctx);
    const section = ctx.ws.data.playbook;
    const allowed = visibleAssetIds(section, actor.role);
    const wanted = input.ids.filter((id) => allowed.has(id) || actor.role === 'leader');
    const images = await Promise.all(
      wanted.map(async (id) => {
        const asset = section.assets.find((a) => a.id === id);
        const dataUrl = asset ? await readAssetDataUrl(ctx.ws.paths.assetsDir, asset) : null;
        return dataUrl ? { id, dataUrl } : null;
      }),
    );
    return images.filter((x): x is { id: string; dataUrl: string } => x !== null);
  },

  myPlaybookTasks(_input, ctx) {
    const { playbook, assignments } = ctx.ws.data;
    return pendingAcknowledgementsFor(playbook, actorOf(ctx), ctx.now.toISOString(), ackDueDates(playbook.ackRequests, assignments));
  },

  searchPlaybook(input, ctx) {
    const visible = readableContent(ctx.ws.data.playbook, actorOf(ctx).role, input.draft);
    if (!visible || !input.query.trim()) return [];
    return searchFor(visible.content)
      .search(input.query, { limit: 20 })
      .map(({ kind, id, title, snippet }) => ({ kind, id, title, snippet }));
  },

  getStandard(input, ctx) {
    const actor = actorOf(ctx);
    const section = ctx.ws.data.playbook;
    const visible = readableContent(section, actor.role, input.draft);
    if (!visible) throw nothingPublished();
    let source = visible;
    let standard = visible.content.standards.find((s) => s.id === input.id);
    if (!standard && actor.role === 'leader') {
      source = { content: section.draft, version: null };
      standard = section.draft.standards.find((s) => s.id === input.id);
    }
    if (!standard) throw new AppError('NOT_FOUND', `The standard "${input.id}" is not in the published playbook. Your leader may not have published it yet.`);
    const chapters = [...source.content.chapters]
      .sort((a, b) => a.order - b.order)
      .filter((c) => findStandardRefs(c.body).some((r) => r.id === input.id))
      .map((c) => ({ id: c.id, title: c.title }));
    return { standard, version: source.version, chapters };
  },
} satisfies HandlersOf<typeof playbookOps>;
