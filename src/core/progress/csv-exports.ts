/**
 * The three CSV exports: attempts, mastery per person × standard, and playbook acknowledgements.
 * Times are in the workspace's time zone, named in the header, in a form spreadsheets read as times.
 */
import type { Acknowledgement, AckRequest } from '../../shared/domain/playbook';
import { publishedDueDates, type AckDueDateOf } from '../playbook/ack-due-dates';
import { spreadsheetTime, zonedHeader } from './spreadsheet-time';
import { MASTERY_LEVEL_WORDS, masteryByStandard } from './mastery';
import { groupByPerson, type ProgressRecord, byIso } from './progress-record';
import { toCsv } from './csv';

export interface ExportNames {
  person: (id: string) => string;
  scenario: (id: string) => string;
  standardIds: string[];
  standardTitle: (id: string) => string;
  /** IANA name, e.g. Asia/Jakarta. */
  timeZone: string;
}

const pct = (score: number | null) => (score === null ? '' : Math.round(score * 100));

export function attemptsCsv(records: readonly ProgressRecord[], names: ExportNames): string {
  const rows = [...records]
    .sort((a, b) => byIso(a.startedAt, b.startedAt))
    .map((r) => [
      r.id,
      names.person(r.personId),
      names.scenario(r.scenarioId),
      r.scenarioVersion,
      r.mode,
      r.status,
      spreadsheetTime(r.startedAt, names.timeZone),
      spreadsheetTime(r.endedAt, names.timeZone),
      r.channel ?? '',
      pct(r.autoScore),
      pct(r.score),
      r.passed === null ? '' : r.passed ? 'yes' : 'no',
      r.autoFailed ? 'yes' : 'no',
      r.reviewed ? 'yes' : 'no',
      r.assignmentId ?? '',
      r.missedElements.map((m) => m.label).join('; '),
    ]);
  return toCsv(
    ['attempt', 'person', 'scenario', 'version', 'mode', 'status', zonedHeader('started', names.timeZone), zonedHeader('finished', names.timeZone), 'channel', 'automatic score', 'score', 'passed', 'auto-failed', 'reviewed', 'assignment', 'missed elements'],
    rows,
  );
}

export function masteryCsv(records: readonly ProgressRecord[], personIds: readonly string[], names: ExportNames): string {
  const byPerson = groupByPerson(records);
  const rows = personIds.flatMap((personId) =>
    masteryByStandard(byPerson.get(personId) ?? [], names.standardIds).map((m) => [
      names.person(personId),
      m.standardId,
      names.standardTitle(m.standardId),
      m.value === null ? '' : Math.round(m.value * 100),
      m.level ? MASTERY_LEVEL_WORDS[m.level] : 'too early to say',
      m.evidence,
    ]),
  );
  return toCsv(['person', 'standard id', 'standard', 'mastery', 'level', 'attempts'], rows);
}

/** One row per person and requested version; "due" is the person's own date (their assignment's, else the default). */
export function acknowledgementsCsv(
  requests: readonly AckRequest[],
  acks: readonly Acknowledgement[],
  personIds: readonly string[],
  names: ExportNames,
  dueDateOf: AckDueDateOf = publishedDueDates(requests),
): string {
  const rows = [...requests]
    .sort((a, b) => a.version - b.version)
    .flatMap((request) =>
      personIds.map((personId) => {
        const ack = acks.find((a) => a.personId === personId && a.version === request.version);
        return [names.person(personId), request.version, dueDateOf(personId, request.version) ?? '', ack ? 'yes' : 'no', spreadsheetTime(ack?.at, names.timeZone)];
      }),
    );
  return toCsv(['person', 'playbook version', 'due', 'acknowledged', zonedHeader('acknowledged at', names.timeZone)], rows);
}
