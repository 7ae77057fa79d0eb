/**
 * Authoring: new drafts (blank, from a transcript, duplicated), saving the draft, publishing it as
 * the next immutable version, throwing draft changes away, archiving. Editing a published
 * scenario saves a new draft numbered after the latest version; the versions never change.
 */
import type { scenarioOps } from '../../../shared/contract/scenario-ops';
import { AppError } from '../../../shared/errors';
import { scenarioSchema, type Scenario } from '../../../shared/domain/scenario';
import { latestPublished, type ScenarioEntry } from '../../../shared/domain/scenario-library';
import { blankScenario } from '../../scenarios/blank-scenario';
import { duplicateScenario } from '../../scenarios/duplicate-scenario';
import { uniqueScenarioId } from '../../scenarios/scenario-ids';
import { currentScenario, scenarioListItem } from '../../scenarios/scenario-list-item';
import { transcriptToScenario } from '../../scenarios/transcript-to-scenario';
import { formatPath } from '../../scenarios/validate-scenario';
import type { WorkspaceData } from '../../store/workspace-schema';
import type { HandlerContext, HandlersOf } from '../handler-types';
import { findScenarioEntry, problemsOf, scenarioDetail, warningsOf } from './scenario-handler-support';
import { readStoredTranscript, scenarioChannelOf, type TranscriptSource } from './scenario-transcript-source';

/** The number the draft will be published as. */
export const nextVersionOf = (entry: ScenarioEntry): number => (latestPublished(entry)?.version ?? 0) + 1;

async function addDraft(ctx: HandlerContext, scenario: Scenario) {
  const at = ctx.now.toISOString();
  const entry: ScenarioEntry = { id: scenario.id, draft: { ...scenario, status: 'draft', version: 1 }, versions: [], createdAt: at, updatedAt: at, archivedAt: null };
  await ctx.ws.mutate((data) => {
    data.scenarios.push(entry);
  });
  return scenarioDetail(ctx.ws.data, entry, 'author');
}

const takenIds = (data: WorkspaceData) => data.scenarios.map((s) => s.id);

export const scenarioDraftHandlers = {
  async createScenario({ title }, ctx) {
    const name = title || 'Untitled scenario';
    return addDraft(ctx, blankScenario(uniqueScenarioId(name, takenIds(ctx.ws.data)), name));
  },

  async createScenarioFromTranscript(input, ctx) {
    const transcript: TranscriptSource = input.transcriptId !== undefined ? await readStoredTranscript(ctx.ws, input.transcriptId) : input.transcript!;
    if (!transcript.messages.some((m) => m.kind !== 'system' && m.sender !== null))
      throw new AppError('INVALID_INPUT', 'This transcript has no messages from the customer or the staff to build a scenario from.');
    const title = input.title || transcript.title || undefined;
    const id = uniqueScenarioId(title ?? 'conversation', takenIds(ctx.ws.data));
    const channel = input.channel ?? scenarioChannelOf(transcript.channel);
    const scenario = transcriptToScenario(transcript, {
      id,
      ...(input.transcriptId !== undefined ? { transcriptId: input.transcriptId } : {}),
      ...(title ? { title } : {}),
      ...(channel ? { channel } : {}),
      ...(input.language ? { language: input.language } : {}),
    });
    return addDraft(ctx, scenario);
  },

  async duplicateScenario({ id }, ctx) {
    const source = currentScenario(findScenarioEntry(ctx.ws.data, id));
    const title = `${source.title} (copy)`.slice(0, 120);
    return addDraft(ctx, duplicateScenario(source, uniqueScenarioId(`${source.id}-copy`, takenIds(ctx.ws.data)), title));
  },

  async saveScenarioDraft({ id, scenario: raw }, ctx) {
    const entry = findScenarioEntry(ctx.ws.data, id);
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 50).map((issue) => ({
        path: formatPath(issue.path.filter((s): s is string | number => typeof s !== 'symbol')) || '(scenario)',
        message: issue.message,
      }));
      throw new AppError('INVALID_INPUT', `The draft was not saved: ${issues[0].message} (at ${issues[0].path}).`, issues);
    }
    if (parsed.data.id !== id) throw new AppError('CONFLICT', `A scenario's id cannot change (it is "${id}"); duplicate it to get a new id.`);
    const draft: Scenario = { ...parsed.data, status: 'draft', version: nextVersionOf(entry) };
    const updatedAt = ctx.now.toISOString();
    await ctx.ws.mutate((data) => {
      const target = findScenarioEntry(data, id);
      target.draft = draft;
      target.updatedAt = updatedAt;
    });
    return { updatedAt, version: draft.version, problems: problemsOf(ctx.ws.data, draft), warnings: warningsOf(ctx.ws.data, draft) };
  },

  async discardScenarioDraft({ id }, ctx) {
    const entry = findScenarioEntry(ctx.ws.data, id);
    if (entry.versions.length === 0) throw new AppError('CONFLICT', 'This scenario was never published, so there is no version to go back to. Archive it instead.');
    if (entry.draft) {
      await ctx.ws.mutate((data) => {
        const target = findScenarioEntry(data, id);
        target.draft = null;
        target.updatedAt = ctx.now.toISOString();
      });
    }
    return scenarioDetail(ctx.ws.data, findScenarioEntry(ctx.ws.data, id), 'author');
  },

  async publishScenario({ id }, ctx) {
    const entry = findScenarioEntry(ctx.ws.data, id);
    if (!entry.draft) throw new AppError('CONFLICT', `Nothing to publish: "${currentScenario(entry).title}" has no unpublished changes.`);
    const problems = problemsOf(ctx.ws.data, entry.draft);
    if (problems.length > 0) {
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      throw new AppError(
        'CONFLICT',
        `Fix ${count} before publishing. First: ${problems[0].message}`,
        problems.map((p) => ({ path: p.path, message: p.message })),
      );
    }
    const version = nextVersionOf(entry);
    const publishedAt = ctx.now.toISOString();
    const published: Scenario = { ...structuredClone(entry.draft), status: 'published', version };
    await ctx.ws.mutate((data) => {
      const target = findScenarioEntry(data, id);
      target.versions.push(published);
      target.draft = null;
      target.updatedAt = publishedAt;
    });
    return { id, version, publishedAt };
  },

  async archiveScenario({ id, archived }, ctx) {
    findScenarioEntry(ctx.ws.data, id);
    await ctx.ws.mutate((data) => {
      const target = findScenarioEntry(data, id);
      target.archivedAt = archived ? (target.archivedAt ?? ctx.now.toISOString()) : null;
      target.updatedAt = ctx.now.toISOString();
    });
    const entry = findScenarioEntry(ctx.ws.data, id);
    return scenarioListItem(entry, entry.draft ? problemsOf(ctx.ws.data, entry.draft).length : 0);
  },
} satisfies HandlersOf<typeof scenarioOps>;
