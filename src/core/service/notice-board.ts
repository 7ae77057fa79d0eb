/**
 * The workspace's notices: what the app repaired or could not save. Repairs are kept in
 * workspace.json until a leader dismisses them, so a restart does not hide them; failed writes
 * stay in memory (the disk that refused the write would refuse the notice too, and the change is
 * saved with the next write that works). The same kind of trouble with the same file is one
 * notice with a count, however often it happens.
 */
import type { Role } from '../../shared/contract/operation';
import type { Notice } from '../../shared/domain/workspace';

export class NoticeBoard {
  private readonly inMemory: Notice[] = [];

  /** `stored` is workspace.json's list while a workspace is open; `persist` saves it. */
  constructor(
    private readonly stored: () => Notice[] | null,
    private readonly persist: () => void,
  ) {}

  add(notice: Notice): void {
    const keep = notice.kind !== 'write-failed' ? this.stored() : null;
    const list = keep ?? this.inMemory;
    const same = [...(this.stored() ?? []), ...this.inMemory].find((n) => n.kind === notice.kind && n.subject === notice.subject);
    if (same) {
      same.message = notice.message;
      same.at = notice.at;
      same.count += 1;
    } else list.push(notice);
    if (keep) this.persist();
  }

  /** Moves repairs noticed before workspace.json was loaded into it. */
  adoptEarly(): void {
    const stored = this.stored();
    if (!stored) return;
    const early = this.inMemory.filter((n) => n.kind !== 'write-failed');
    if (early.length === 0) return;
    for (const notice of early) this.inMemory.splice(this.inMemory.indexOf(notice), 1);
    stored.push(...early);
    this.persist();
  }

  all(): Notice[] {
    return [...(this.stored() ?? []), ...this.inMemory];
  }

  visibleTo(role: Role): Notice[] {
    if (role === 'leader') return this.all();
    if (role === 'manager') return this.all().filter((n) => n.audience === 'managers');
    return [];
  }

  dismiss(id: string): boolean {
    const stored = this.stored();
    const at = stored?.findIndex((n) => n.id === id) ?? -1;
    if (stored && at >= 0) {
      stored.splice(at, 1);
      this.persist();
      return true;
    }
    const inMemory = this.inMemory.findIndex((n) => n.id === id);
    if (inMemory >= 0) this.inMemory.splice(inMemory, 1);
    return inMemory >= 0;
  }
}
