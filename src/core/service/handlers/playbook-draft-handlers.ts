/**
 * Editing the leader's draft: chapters, standards and images. Each change is computed inside
 * `mutate` from the current section, so two quick edits never overwrite each other.
 */
import { MAX_IMAGE_BYTES } from '../../../shared/contract/playbook-ops';
import type { PlaybookSection } from '../../../shared/domain/playbook';
import { AppError } from '../../../shared/errors';
import { writeAssetFile } from '../../store/playbook-assets';
import { addChapter, deleteChapter, renameChapter, reorderChapters, updateChapterBody } from '../../playbook/draft-chapters';
import { createStandard, deleteStandard, updateStandard } from '../../playbook/draft-standards';
import { assetMarkdown, checkedImage, imageExtension } from '../../playbook/image-assets';
import { scenariosUsingStandard } from '../../playbook/scenario-standard-uses';
import type { EditStamp } from '../../playbook/playbook-error';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';
import type { playbookOps } from '../../../shared/contract/playbook-ops';

function stampOf(ctx: HandlerContext): EditStamp {
  return { at: ctx.now.toISOString(), by: actorOf(ctx).id };
}

/** Applies a pure section change and saves; returns the new draft. */
async function editSection(ctx: HandlerContext, change: (section: PlaybookSection, stamp: EditStamp) => PlaybookSection) {
  const stamp = stampOf(ctx);
  return ctx.ws.mutate((data) => {
    data.playbook = change(data.playbook, stamp);
    return data.playbook.draft;
  });
}

export const playbookDraftHandlers = {
  addPlaybookChapter(input, ctx) {
    const stamp = stampOf(ctx);
    return ctx.ws.mutate((data) => {
      const { section, chapter } = addChapter(data.playbook, { title: input.title, ...(input.index === undefined ? {} : { index: input.index }) }, stamp);
      data.playbook = section;
      return chapter;
    });
  },

  renamePlaybookChapter(input, ctx) {
    return editSection(ctx, (section, stamp) => renameChapter(section, input.id, input.title, stamp));
  },

  /** Autosave calls this often: an unchanged body is not written again. */
  async savePlaybookChapterBody(input, ctx) {
    const chapter = ctx.ws.data.playbook.draft.chapters.find((c) => c.id === input.id);
    if (chapter && chapter.body === input.body) return { updatedAt: ctx.ws.data.playbook.draft.updatedAt, changed: false };
    const draft = await editSection(ctx, (section, stamp) => updateChapterBody(section, input.id, input.body, stamp));
    return { updatedAt: draft.updatedAt, changed: true };
  },

  reorderPlaybookChapters(input, ctx) {
    return editSection(ctx, (section, stamp) => reorderChapters(section, input.ids, stamp));
  },

  deletePlaybookChapter(input, ctx) {
    return editSection(ctx, (section, stamp) => deleteChapter(section, input.id, stamp));
  },

  createPlaybookStandard(input, ctx) {
    const stamp = stampOf(ctx);
    return ctx.ws.mutate((data) => {
      const { section, standard } = createStandard(data.playbook, input, stamp);
      data.playbook = section;
      return standard;
    });
  },

  updatePlaybookStandard(input, ctx) {
    const stamp = stampOf(ctx);
    return ctx.ws.mutate((data) => {
      data.playbook = updateStandard(data.playbook, input.id, input.removeTarget ? { ...input.patch, target: undefined } : input.patch, stamp);
      return data.playbook.draft.standards.find((s) => s.id === input.id)!;
    });
  },

  deletePlaybookStandard(input, ctx) {
    const users = scenariosUsingStandard(ctx.ws.data.scenarios, input.id);
    if (users.length > 0) {
      const names = users.map((s) => `"${s.title}"`).join(', ');
      throw new AppError(
        'CONFLICT',
        `The standard "${input.id}" is still scored by ${users.length === 1 ? 'the scenario' : `${users.length} scenarios:`} ${names}. Change or archive ${users.length === 1 ? 'that scenario' : 'those scenarios'} first.`,
        users.map((s) => ({ path: `scenario ${s.id}`, message: `"${s.title}" scores against this standard.` })),
      );
    }
    return editSection(ctx, (section, stamp) => deleteStandard(section, input.id, stamp));
  },

  async uploadPlaybookImage(input, ctx) {
    const { bytes, mime } = checkedImage(input.dataBase64, input.fileName, MAX_IMAGE_BYTES);
    const id = newRecordId();
    const fileName = `${id}.${imageExtension(mime)}`;
    await writeAssetFile(ctx.ws.paths.assetsDir, fileName, bytes);
    await ctx.ws.mutate((data) => {
      data.playbook.assets.push({ id, fileName, mime });
    });
    const alt = input.alt || input.fileName.replace(/\.[a-z0-9]+$/i, '');
    return { id, markdown: assetMarkdown(id, alt) };
  },
} satisfies HandlersOf<typeof playbookOps>;
