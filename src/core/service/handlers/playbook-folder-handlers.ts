/**
 * The playbook as a folder of Markdown files: a two-step import (preview every problem per file,
 * then import the valid files once the leader confirms) and export of the draft or a version.
 */
import type { ImportPreview } from '../../../shared/contract/playbook-ops';
import type { PlaybookDraft } from '../../../shared/domain/playbook';
import { AppError } from '../../../shared/errors';
import { parsePlaybookFolder } from '../../playbook/parse-playbook-folder';
import type { FolderFile } from '../../playbook/playbook-folder-format';
import { latestPublished, findVersion } from '../../playbook/publish';
import { scenariosUsingStandard } from '../../playbook/scenario-standard-uses';
import { serializePlaybook } from '../../playbook/serialize-playbook';
import type { WorkspaceData } from '../../store/workspace-schema';
import { actorOf, type HandlerContext, type Handlers } from '../handler-types';

type FolderOps = 'previewPlaybookImport' | 'importPlaybook' | 'exportPlaybook';

const PLAYBOOK_FILE = /\.(md|ya?ml)$/i;

function preview(data: WorkspaceData, files: FolderFile[], ctx: HandlerContext): { draft: PlaybookDraft; preview: ImportPreview } {
  const { draft, problems } = parsePlaybookFolder(files, { at: ctx.now.toISOString(), by: actorOf(ctx).id });
  const troubled = new Set(problems.map((p) => p.file));
  const hasProblem = (path: string) => [...troubled].some((file) => path === file || path.endsWith(`/${file}`));
  const validFiles = files.map((f) => f.path).filter((path) => PLAYBOOK_FILE.test(path) && !/(^|\/)readme\.md$/i.test(path) && !hasProblem(path));
  const kept = new Set(draft.standards.map((s) => s.id));
  const warnings = data.playbook.draft.standards
    .filter((s) => !kept.has(s.id))
    .flatMap((s) => {
      const users = scenariosUsingStandard(data.scenarios, s.id);
      return users.length ? [`"${s.title}" (${s.id}) is not in the folder, but ${users.map((u) => `"${u.title}"`).join(', ')} still score${users.length === 1 ? 's' : ''} against it.`] : [];
    });
  return {
    draft,
    preview: {
      chapters: draft.chapters.map((c) => ({ id: c.id, title: c.title })),
      standards: draft.standards.map((s) => ({ id: s.id, title: s.title })),
      problems,
      validFiles,
      warnings,
    },
  };
}

export const playbookFolderHandlers: Handlers<FolderOps> = {
  previewPlaybookImport(input, ctx) {
    return preview(ctx.ws.data, input.files, ctx).preview;
  },

  async importPlaybook(input, ctx) {
    const { draft, preview: checked } = preview(ctx.ws.data, input.files, ctx);
    if (checked.chapters.length === 0 && checked.standards.length === 0)
      throw new AppError('BAD_FILE', 'Nothing in these files can be imported: no chapter or standard without problems. Check the list of problems.', checked.problems.map((p) => ({ path: `${p.file}${p.line ? `:${p.line}` : ''}`, message: p.message })));
    if (checked.problems.length > 0 && !input.confirmSkippingProblems)
      throw new AppError('CONFLICT', `${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} found. Fix the files, or confirm to import only the files without problems.`);
    const at = ctx.now.toISOString();
    const by = actorOf(ctx).id;
    return ctx.ws.mutate((data) => {
      data.playbook = { ...data.playbook, draft: { chapters: draft.chapters, standards: draft.standards, updatedAt: at, updatedBy: by } };
      return data.playbook.draft;
    });
  },

  exportPlaybook(input, ctx) {
    const actor = actorOf(ctx);
    const section = ctx.ws.data.playbook;
    if (input.source === 'draft') {
      if (actor.role !== 'leader') throw new AppError('FORBIDDEN', 'Only leaders can export the unpublished draft.');
      return { fileName: 'playbook.zip', files: serializePlaybook(section.draft) };
    }
    const version = input.source === 'latest' ? latestPublished(section) : findVersion(section, input.source);
    if (!version) throw new AppError('NOT_FOUND', 'Nothing has been published yet. Export the draft instead.');
    return { fileName: 'playbook.zip', files: serializePlaybook(version) };
  },
};
