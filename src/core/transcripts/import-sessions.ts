/**
 * The pending imports of one open workspace, in memory: each belongs to the leader who started
 * it, is found only by that leader, and is dropped after 30 idle minutes, on cancel, on save, or
 * when the same leader starts another (so at most one upload per leader holds memory).
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { newPendingImport, type PendingImport, type ShopHints } from './import-session';

export const IMPORT_SESSION_IDLE_MS = 30 * 60_000;

export class ImportSessions {
  private readonly pending = new Map<string, PendingImport>();

  constructor(private readonly idleMs = IMPORT_SESSION_IDLE_MS) {}

  private sweep(now: number): void {
    for (const [id, p] of this.pending) if (now - p.touchedAt > this.idleMs) this.pending.delete(id);
  }

  start(ownerId: string, files: { fileName: string; size: number }[], hints: ShopHints, now: number): PendingImport {
    this.sweep(now);
    for (const [id, p] of this.pending) if (p.ownerId === ownerId) this.pending.delete(id);
    const pending = newPendingImport(`imp_${randomBytes(12).toString('base64url')}`, ownerId, files, hints, now);
    this.pending.set(pending.id, pending);
    return pending;
  }

  get(id: string, ownerId: string, now: number): PendingImport {
    this.sweep(now);
    const pending = this.pending.get(id);
    if (!pending || pending.ownerId !== ownerId) {
      throw new AppError('NOT_FOUND', 'This import is no longer open: it was saved, cancelled, or left alone for more than 30 minutes. Choose the file again.');
    }
    pending.touchedAt = now;
    return pending;
  }

  /** Drops an import (cancel or save); true when there was one to drop. */
  discard(id: string, ownerId: string): boolean {
    const pending = this.pending.get(id);
    if (!pending || pending.ownerId !== ownerId) return false;
    this.pending.delete(id);
    return true;
  }

  get size(): number {
    return this.pending.size;
  }
}
