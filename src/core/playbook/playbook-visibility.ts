/**
 * Who may read what: employees only ever see the latest published version; managers also every
 * earlier version; leaders also the unpublished draft. Every reading operation asks here, so the
 * rule is written once.
 */
import type { PlaybookContent, PlaybookSection } from '../../shared/domain/playbook';
import type { Role } from '../../shared/contract/operation';
import { AppError } from '../../shared/errors';
import { assetRefs } from './image-assets';
import { latestPublished } from './publish';

export interface VisibleContent {
  content: PlaybookContent;
  /** The published version number, or null for the draft. */
  version: number | null;
}

/**
 * The content a reader works from: the draft when a leader asks for it (or nothing is published
 * yet and the reader is a leader), otherwise the latest published version. Null when a
 * non-leader asks before anything is published.
 */
export function readableContent(section: PlaybookSection, role: Role, wantDraft: boolean): VisibleContent | null {
  const latest = latestPublished(section);
  if (role === 'leader' && (wantDraft || !latest)) return { content: section.draft, version: null };
  if (wantDraft) throw new AppError('FORBIDDEN', 'Only leaders can see the unpublished draft of the playbook.');
  return latest ? { content: latest, version: latest.number } : null;
}

/** Every piece of content this role may see (for images): draft and all versions, or the latest only. */
export function allVisibleContent(section: PlaybookSection, role: Role): PlaybookContent[] {
  if (role === 'leader') return [section.draft, ...section.versions];
  if (role === 'manager') return section.versions;
  const latest = latestPublished(section);
  return latest ? [latest] : [];
}

export function visibleAssetIds(section: PlaybookSection, role: Role): Set<string> {
  const ids = new Set<string>();
  for (const content of allVisibleContent(section, role)) {
    for (const chapter of content.chapters) for (const id of assetRefs(chapter.body)) ids.add(id);
    for (const standard of content.standards) for (const id of assetRefs(standard.whyItMatters)) ids.add(id);
  }
  return ids;
}

export function nothingPublished(): AppError {
  return new AppError('NOT_FOUND', "Your leader hasn't published the playbook yet.");
}
