/**
 * Writes a draft or a published version as the folder format that parsePlaybookFolder reads, so
 * export then import gives back the same chapters and standards.
 */
import { stringify } from 'yaml';
import type { PlaybookDraft, PublishedVersion, ServiceStandard } from '../../shared/domain/playbook';
import { joinFrontMatter } from './front-matter';
import { chapterFileName, INDEX_FILE, PLAYBOOK_FORMAT, standardFileName, type FolderFile } from './playbook-folder-format';

function isVersion(content: PlaybookDraft | PublishedVersion): content is PublishedVersion {
  return 'number' in content;
}

function standardFrontMatter(standard: ServiceStandard): Record<string, unknown> {
  const { whyItMatters: _body, target, ...fields } = standard;
  return target ? { ...fields, target } : fields;
}

export function serializePlaybook(content: PlaybookDraft | PublishedVersion): FolderFile[] {
  const index: Record<string, unknown> = { format: PLAYBOOK_FORMAT, standards: content.standards.map((s) => s.id) };
  if (isVersion(content)) {
    index.updatedAt = content.publishedAt;
    index.updatedBy = content.publishedBy;
    index.version = { number: content.number, summary: content.summary };
  } else {
    index.updatedAt = content.updatedAt;
    index.updatedBy = content.updatedBy;
  }
  const header = '# CX Dojo playbook folder. Chapters are in chapters/, service standards in standards/.\n';
  return [
    { path: INDEX_FILE, text: header + stringify(index, { lineWidth: 0 }) },
    ...[...content.chapters]
      .sort((a, b) => a.order - b.order)
      .map((c) => ({ path: chapterFileName(c.order, c.id), text: joinFrontMatter({ id: c.id, title: c.title, order: c.order }, c.body) })),
    ...content.standards.map((s) => ({ path: standardFileName(s.id), text: joinFrontMatter(standardFrontMatter(s), s.whyItMatters) })),
  ];
}
