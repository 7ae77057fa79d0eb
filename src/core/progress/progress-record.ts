/**
 * What progress reports read about one attempt: the compact AttemptSummary the attempts store
 * keeps in step with every save. Reports never open full attempts, so they stay instant with
 * years of history. Kept as an alias so the report code says what it needs in one place.
 */
import type { AttemptSummary } from '../../shared/domain/attempt-summary';

export type ProgressRecord = AttemptSummary;

/** Records grouped by person id (one pass; order within a person kept). */
export function groupByPerson<T extends { personId: string }>(records: readonly T[]): Map<string, T[]> {
  const byPerson = new Map<string, T[]>();
  for (const r of records) {
    const list = byPerson.get(r.personId);
    if (list) list.push(r);
    else byPerson.set(r.personId, [r]);
  }
  return byPerson;
}

/** Orders ISO timestamps (plain code-unit order: far faster than localeCompare on 50,000 records). */
export function byIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
