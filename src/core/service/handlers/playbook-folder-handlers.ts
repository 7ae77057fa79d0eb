/**
 * The playbook as a folder of Markdown files and the images they show: a two-step import (preview
 * every problem per file, then import the valid files once the leader confirms) and export of the
 * draft or a version.
 */
import type { FolderImageView, ImportPreview } from '../../../shared/contract/playbook-ops';
import type { PlaybookDraft, PublishedVersion } from '../../../shared/domain/playbook';
import { AppError } from '../../../shared/errors';
import { checkFolderImages, imagesForExport, missingImageWarnings, type CheckedFolderImage } from '../../playbook/folder-images';
import { writeAssetFile } from '../../store/playbook-assets';
import { parsePlaybookFolder } from '../../playbook/parse-playbook-folder';
import type { FolderFile } from '../../playbook/playbook-folder-format';
import { latestPublished, findVersion } from '../../playbook/publish';
import { scenariosUsingStandard } from '../../playbook/scenario-standard-uses';
import { serializePlaybook } from '../../playbook/serialize-playbook';
import type { WorkspaceData } from '../../store/workspace-schema';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import type { playbookOps } from '../../../shared/contract/playbook-ops';

const PLAYBOOK_FILE = /\.(md|ya?ml)$/i;

function preview(data: WorkspaceData, files: FolderFile[], images: FolderImageView[], ctx: HandlerContext): { draft: PlaybookDraft; images: CheckedFolderImage[]; preview: ImportPreview } {
  const { draft, problems: fileProblems } = parsePlaybookFolder(files, { at: ctx.now.toISOString(), by: actorOf(ctx).id });
  const checkedImages = checkFolderImages(images);
  const problems = [...fileProblems, ...checkedImages.problems];
  const troubled = new Set(problems.map((p) => p.file));
  const hasProblem = (path: string) => [...troubled].some((file) => path === file || path.endsWith(`/${file}`));
  const validFiles = files.map((f) => f.path).filter((path) => PLAYBOOK_FILE.test(path) && !/(^|\/)readme\.md$/i.test(path) && !hasProblem(path));
  const kept = new Set(draft.standards.map((s) => s.id));
  const scenarioWarnings = data.playbook.draft.standards
    .filter((s) => !kept.has(s.id))
    .flatMap((s) => {
      const users = scenariosUsingStandard(data.scenarios, s.id);
      return users.length ? [`"${s.title}" (${s.id}) is not in the folder, but ${users.map((u) => `"${u.title}"`).join(', ')} still score${users.length === 1 ? 's' : ''} against it.`] : [];
    });
  const available = new Set([...data.playbook.assets.map((a) => a.id), ...checkedImages.valid.map((i) => i.asset.id)]);
  const imported = new Set(validFiles);
  const imageWarnings = missingImageWarnings(files.filter((f) => imported.has(f.path)), available);
  return {
    draft,
    images: checkedImages.valid,
    preview: {
      chapters: draft.chapters.map((c) => ({ id: c.id, title: c.title })),
      standards: draft.standards.map((s) => ({ id: s.id, title: s.title })),
      problems,
      validFiles,
      validImages: checkedImages.valid.map((i) => i.path),
      warnings: [...scenarioWarnings, ...imageWarnings],
    },
  };
}

export const playbookFolderHandlers = {
  previewPlaybookImport(input, ctx) {
    return preview(ctx.ws.data, input.files, input.images, ctx).preview;
  },

  async importPlaybook(input, ctx) {
    const { draft, images, preview: checked } = preview(ctx.ws.data, input.files, input.images, ctx);
    if (checked.chapters.length === 0 && checked.standards.length === 0)
      throw new AppError('BAD_FILE', 'Nothing in these files can be imported: no chapter or standard without problems. Check the list of problems.', checked.problems.map((p) => ({ path: `${p.file}${p.line ? `:${p.line}` : ''}`, message: p.message })));
    if (checked.problems.length > 0 && !input.confirmSkippingProblems)
      throw new AppError('CONFLICT', `${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} found. Fix the files, or confirm to import only the files without problems.`);
    const at = ctx.now.toISOString();
    const by = actorOf(ctx).id;
    // Images first: a draft is never saved showing an image whose file is not there yet.
    const known = new Set(ctx.ws.data.playbook.assets.map((a) => a.id));
    const added = images.filter((i) => !known.has(i.asset.id));
    for (const image of added) await writeAssetFile(ctx.ws.paths.assetsDir, image.asset.fileName, image.bytes);
    return ctx.ws.mutate((data) => {
      const present = new Set(data.playbook.assets.map((a) => a.id));
      const assets = [...data.playbook.assets, ...added.filter((i) => !present.has(i.asset.id)).map((i) => i.asset)];
      data.playbook = { ...data.playbook, assets, draft: { chapters: draft.chapters, standards: draft.standards, updatedAt: at, updatedBy: by } };
      return data.playbook.draft;
    });
  },

  async exportPlaybook(input, ctx) {
    const actor = actorOf(ctx);
    const section = ctx.ws.data.playbook;
    let content: PlaybookDraft | PublishedVersion;
    if (input.source === 'draft') {
      if (actor.role !== 'leader') throw new AppError('FORBIDDEN', 'Only leaders can export the unpublished draft.');
      content = section.draft;
    } else {
      const version = input.source === 'latest' ? latestPublished(section) : findVersion(section, input.source);
      if (!version) throw new AppError('NOT_FOUND', 'Nothing has been published yet. Export the draft instead.');
      content = version;
    }
    const files = serializePlaybook(content);
    return { fileName: 'playbook.zip', files, images: await imagesForExport(files, section.assets, ctx.ws.paths.assetsDir) };
  },
} satisfies HandlersOf<typeof playbookOps>;
