/** The words a report PDF prints for its period, its filters and when it was made. */
import type { TeamReportFilters } from '../../../shared/domain/progress';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const dayWords = (day: string): string => DAY.format(new Date(`${day}T00:00:00Z`));

export function periodWords(filters: Pick<TeamReportFilters, 'from' | 'to'>, today: string): string {
  if (filters.from && filters.to) return `${dayWords(filters.from)} – ${dayWords(filters.to)}`;
  if (filters.from) return `${dayWords(filters.from)} – ${dayWords(today)}`;
  if (filters.to) return `everything up to ${dayWords(filters.to)}`;
  return `all time, up to ${dayWords(today)}`;
}

export function filterWords(filters: Pick<TeamReportFilters, 'role' | 'channel'>): string {
  const parts = [filters.role ? `${filters.role}s only` : 'everyone', filters.channel ? `${filters.channel} scenarios only` : 'all channels'];
  return parts.join(', ');
}

export function madeAtWords(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
  return `${text} (${timeZone})`;
}

/** The day it is in the workspace's zone, as yyyy-mm-dd. */
export function todayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(at);
}

/** A file name from plain letters: accents dropped (đ as d) so it survives every file system; a name in another script leaves no slug. */
export function pdfFileName(kind: 'team-report' | 'person-report', names: string[], today: string): string {
  const slug = names
    .join(' ')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `cx-dojo-${kind}-${slug ? `${slug}-` : ''}${today}.pdf`;
}

/** An attempt's time as the shop reads it: in the workspace's zone, not the server's. */
export function dateTimeWords(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function attemptFilterWords(filters: { scenarioId?: string; status?: string }, scenarioTitle: (id: string) => string): string {
  const parts = [filters.scenarioId ? `only "${scenarioTitle(filters.scenarioId)}"` : 'all scenarios', filters.status ? `${filters.status} only` : 'any status'];
  return parts.join(', ');
}
