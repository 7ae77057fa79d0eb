/**
 * The format of `attempts/<person>/summaries.jsonl`, the cache of attempt summaries: one summary
 * per line (the last line for an id wins), each append followed by a stamp line recording the
 * byte size of every month file the summaries were made from. Opening compares the stamp with the
 * month files on disk, so a crash between the month append and the summary append — a record with
 * no summary, a finished attempt summarised as in progress — is found and rebuilt, at the cost of
 * one `stat` per month file.
 */
import type { AttemptSummary } from '../../shared/domain/attempt-summary';

export const SUMMARIES_FILE = 'summaries.jsonl';

export type MonthBytes = Map<string, number>;

export interface ParsedSummaries {
  summaries: Map<string, AttemptSummary>;
  /** The last stamp in the file; null when it has none (written by an older version). */
  monthBytes: MonthBytes | null;
  lines: number;
}

/**
 * The cache is the store's own output and is rebuilt whenever it looks wrong, so a structural
 * check stands in for full validation: validating 50,000 lines with the schema took over a second
 * on the first team report.
 */
function looksLikeSummary(value: AttemptSummary): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.id === 'string' &&
    typeof value.personId === 'string' &&
    typeof value.scenarioId === 'string' &&
    typeof value.startedAt === 'string' &&
    Array.isArray(value.perStandard) &&
    Array.isArray(value.replyTimes) &&
    Array.isArray(value.missedElements)
  );
}

function readStamp(value: unknown): MonthBytes | null {
  const bytes = (value as { monthBytes?: unknown } | null)?.monthBytes;
  if (typeof bytes !== 'object' || bytes === null) return null;
  const entries = Object.entries(bytes);
  return entries.every(([, n]) => typeof n === 'number') ? new Map(entries as [string, number][]) : null;
}

/** Null when the file is damaged anywhere but its last line (a torn append is expected). */
export function parseSummaries(text: string): ParsedSummaries | null {
  const summaries = new Map<string, AttemptSummary>();
  let monthBytes: MonthBytes | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    try {
      const value = JSON.parse(lines[i]);
      const stamp = readStamp(value);
      if (stamp) monthBytes = stamp;
      else if (looksLikeSummary(value)) summaries.set(value.id, value);
      else throw new Error('not a summary');
    } catch {
      if (i >= lines.length - 2) continue;
      return null;
    }
  }
  return { summaries, monthBytes, lines: lines.length };
}

export const stampLine = (monthBytes: MonthBytes) => JSON.stringify({ monthBytes: Object.fromEntries(monthBytes) }) + '\n';

export const summaryLines = (summaries: Iterable<AttemptSummary>) => [...summaries].map((s) => JSON.stringify(s) + '\n').join('');

/** A whole cache file: every summary once, then the stamp. */
export const summariesFileText = (summaries: Iterable<AttemptSummary>, monthBytes: MonthBytes) => summaryLines(summaries) + stampLine(monthBytes);
