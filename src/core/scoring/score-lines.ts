/** The human-readable lines that explain a score, one per point gained, missed or lost. */
import type { ScoreLine } from '../../shared/domain/scoring';

export function formatPoints(n: number): string {
  const text = Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return n > 0 ? `+${text}` : text;
}

export function quoteList(texts: readonly string[]): string {
  return [...new Set(texts)].map((t) => `'${t}'`).join(', ');
}

export function line(points: number, standardId: string | undefined, text: string): ScoreLine {
  return standardId === undefined ? { points, text } : { points, standardId, text };
}

/** "+2 Offer an alternative (keep-feed-honest): matched 'similar'" */
export function labelled(prefix: string, label: string, standardId: string | undefined, detail: string): string {
  const standard = standardId ? ` (${standardId})` : '';
  return `${prefix} ${label}${standard}: ${detail}`;
}
