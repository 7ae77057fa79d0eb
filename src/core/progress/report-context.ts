/**
 * What the report builders need besides attempt summaries: names, titles, standards, assignments
 * and acknowledgements — looked up once per request from the workspace, passed in as plain data.
 */
import type { Assignment } from '../../shared/domain/assignment';
import type { Acknowledgement, AckRequest } from '../../shared/domain/playbook';
import type { StandardRef } from '../../shared/domain/progress';
import type { Role } from '../../shared/contract/operation';

export interface ReportPerson {
  id: string;
  name: string;
  role: Role;
  active: boolean;
}

export interface ReportContext {
  now: Date;
  people: ReportPerson[];
  standards: StandardRef[];
  scenarioTitle: (scenarioId: string) => string;
  /** Pass mark of a scenario version (for attempts outside assignments). */
  scenarioPassMark: (scenarioId: string) => number;
  assignments: Assignment[];
  ackRequests: AckRequest[];
  acknowledgements: Acknowledgement[];
}

export function personName(ctx: ReportContext, id: string): string {
  return ctx.people.find((p) => p.id === id)?.name ?? 'Former member';
}

export function standardTitle(ctx: ReportContext, id: string): string {
  return ctx.standards.find((s) => s.id === id)?.title ?? id;
}

export function assignmentTitle(ctx: ReportContext, a: Assignment): string {
  return a.kind === 'playbook' ? `Read and acknowledge playbook v${a.playbookVersion}` : ctx.scenarioTitle(a.scenarioId ?? '');
}
