/** Chapters that embed or link a standard, in chapter order (the renderer's copy of the core rule, code spans aside). */
import { standardRefPattern, type PlaybookContent } from '../../../../shared/domain/playbook';

export function findStandardChapters(content: PlaybookContent, id: string): { id: string; title: string }[] {
  return [...content.chapters]
    .sort((a, b) => a.order - b.order)
    .filter((c) => [...c.body.matchAll(standardRefPattern())].some((m) => m[1] === id))
    .map((c) => ({ id: c.id, title: c.title }));
}
