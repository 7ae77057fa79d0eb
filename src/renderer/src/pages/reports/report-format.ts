/** Small formatting rules the report screens share: percentages, level colours and words, dates. */
import type { MasteryCell, MasteryLevel } from '../../../../shared/domain/progress';
import { MASTERY_LEVEL_WORDS } from '../../../../shared/domain/progress';

export const pct = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : `${Math.round(value * 100)}`);

export const LEVEL_COLOR: Record<MasteryLevel, string> = { 'not-yet': 'red', developing: 'orange', solid: 'teal', mastered: 'green' };

export function levelWords(cell: Pick<MasteryCell, 'level' | 'evidence'>): string {
  if (cell.level) return MASTERY_LEVEL_WORDS[cell.level];
  return cell.evidence === 0 ? 'no attempts' : 'too early';
}

export const shortDate = (iso: string | null): string => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) : '–');
export const dateTime = (iso: string | null): string =>
  iso ? new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '–';

export const STATE_LABEL = { 'not-started': 'Not started', 'in-progress': 'In progress', passed: 'Passed', failed: 'Not passed', acknowledged: 'Acknowledged' } as const;
export const STATE_COLOR = { 'not-started': 'gray', 'in-progress': 'blue', passed: 'green', failed: 'red', acknowledged: 'green' } as const;
export const COUNTS_LABEL = { first: 'First attempt counts', best: 'Best attempt counts', latest: 'Latest attempt counts' } as const;
