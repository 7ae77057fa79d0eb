/**
 * Names standards for the trainee: the title from the latest published playbook, else the draft's
 * (a workspace whose playbook is not published yet still trains), else the id itself.
 */
import type { StandardRef } from '../../shared/contract/training-ops';
import type { PlaybookSection } from '../../shared/domain/playbook';

export type StandardTitles = (id: string) => StandardRef;

export function standardTitlesFrom(playbook: PlaybookSection): StandardTitles {
  const titles = new Map<string, string>();
  for (const s of playbook.draft.standards) titles.set(s.id, s.title);
  const latest = playbook.versions[playbook.versions.length - 1];
  for (const s of latest?.standards ?? []) titles.set(s.id, s.title);
  return (id) => ({ id, title: titles.get(id) ?? id });
}
