/**
 * Builds the report context from the workspace data: the standards of the latest published
 * playbook (the draft's while nothing is published), scenario titles and pass marks, people,
 * assignments and acknowledgements. Cheap: a few maps over workspace.json, no attempt files.
 */
import type { WorkspaceData } from '../store/workspace-schema';
import type { ReportContext } from './report-context';

export function workspaceReportContext(data: WorkspaceData, now: Date): ReportContext {
  const { playbook } = data;
  const latest = playbook.versions.length ? playbook.versions[playbook.versions.length - 1] : null;
  const standards = (latest ?? playbook.draft).standards.map((s) => ({ id: s.id, title: s.title }));
  const scenarios = new Map(
    data.scenarios.map((e) => {
      const newest = e.versions.length ? e.versions[e.versions.length - 1] : e.draft;
      return [e.id, { title: newest?.title ?? e.id, passMark: newest?.passMark ?? 0.8 }];
    }),
  );
  return {
    now,
    people: data.people.map(({ id, name, role, active }) => ({ id, name, role, active })),
    standards,
    scenarioTitle: (id) => scenarios.get(id)?.title ?? id,
    scenarioPassMark: (id) => scenarios.get(id)?.passMark ?? 0.8,
    assignments: data.assignments,
    ackRequests: playbook.ackRequests,
    acknowledgements: playbook.acknowledgements,
  };
}
