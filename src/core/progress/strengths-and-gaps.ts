/**
 * Strengths and gaps in plain words, generated from the evidence: "Strong on Apologise and own the
 * fix (92)." and "Needs work on Keep the feed honest (48): 3 of the last 4 attempts missed “Offer
 * an alternative”." Strengths are solid or mastered standards, gaps are "not yet" or "developing"
 * ones; each gap names the element missed most often in the recent attempts that tested it.
 */
import type { StandardMastery } from './mastery';
import { newestFinished } from './mastery';
import type { ProgressRecord } from './progress-record';

const MAX_EACH = 3;
const RECENT = 5;

export interface StrengthsAndGaps {
  strengths: string[];
  gaps: string[];
}

/** The element of a standard missed most often among the newest attempts that tested it. */
export function mostMissedElement(records: readonly ProgressRecord[], standardId: string): { label: string; missed: number; of: number } | null {
  const recent = newestFinished(records)
    .filter((r) => r.perStandard.some((t) => t.standardId === standardId && t.max > 0))
    .slice(0, RECENT);
  const counts = new Map<string, { label: string; n: number }>();
  for (const r of recent) {
    const seen = new Set<string>();
    for (const m of r.missedElements) {
      if (m.standardId !== standardId || seen.has(m.elementId)) continue;
      seen.add(m.elementId);
      const c = counts.get(m.elementId) ?? { label: m.label, n: 0 };
      c.n += 1;
      counts.set(m.elementId, c);
    }
  }
  let top: { label: string; n: number } | null = null;
  for (const c of counts.values()) if (!top || c.n > top.n) top = c;
  return top ? { label: top.label, missed: top.n, of: recent.length } : null;
}

const pct = (v: number) => Math.round(v * 100);
const lowerFirst = (s: string) => (s ? s[0].toLocaleLowerCase() + s.slice(1) : s);

export function strengthsAndGaps(records: readonly ProgressRecord[], mastery: readonly StandardMastery[], title: (id: string) => string): StrengthsAndGaps {
  const shown = mastery.filter((m) => m.level !== null && m.value !== null);
  const strengths = shown
    .filter((m) => m.level === 'solid' || m.level === 'mastered')
    .sort((a, b) => b.value! - a.value!)
    .slice(0, MAX_EACH)
    .map((m) => `Strong on ${title(m.standardId)} (${pct(m.value!)}, ${m.level}).`);
  const gaps = shown
    .filter((m) => m.level === 'not-yet' || m.level === 'developing')
    .sort((a, b) => a.value! - b.value!)
    .slice(0, MAX_EACH)
    .map((m) => {
      const missed = mostMissedElement(records, m.standardId);
      const head = `Needs work on ${title(m.standardId)} (${pct(m.value!)}, ${m.level === 'not-yet' ? 'not yet' : 'developing'})`;
      if (!missed || missed.missed === 0) return `${head}.`;
      const who = missed.of === 1 ? 'the last attempt' : `${missed.missed} of the last ${missed.of} attempts`;
      return `${head}: ${who} missed “${lowerFirst(missed.label)}”.`;
    });
  return { strengths, gaps };
}
