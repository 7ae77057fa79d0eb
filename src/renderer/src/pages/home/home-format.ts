/** Wording the home's sections share: how late something is, how long a reply has waited. */
import { plural } from '../../components/plural';

const DAY_MS = 86_400_000;
const localDay = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());

/** Whole days from a YYYY-MM-DD day to today, in the computer's own calendar (negative: still ahead). */
export function daysSince(day: string, today = new Date()): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round((localDay(today) - Date.UTC(y, m - 1, d)) / DAY_MS);
}

export function dueWords(day: string, overdue: boolean, today = new Date()): string {
  const days = daysSince(day, today);
  if (overdue) return days <= 0 ? 'overdue' : `${plural(days, 'day')} overdue`;
  if (days === 0) return 'due today';
  if (days === -1) return 'due tomorrow';
  return `due in ${plural(-days, 'day')}`;
}

/** "today", "yesterday", "3 days ago" for a stored timestamp. */
export function agoWords(iso: string, today = new Date()): string {
  const days = daysSince(new Date(iso).toLocaleDateString('en-CA'), today);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${plural(days, 'day')} ago`;
}
